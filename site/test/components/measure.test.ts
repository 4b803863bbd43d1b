import { describe, expect, test } from 'vitest'
import GoalDetail from '../../src/components/goal/GoalDetail.astro'
import MeasureDetail from '../../src/components/measure/MeasureDetail.astro'
import MeasureFacts from '../../src/components/measure/MeasureFacts.astro'
import PageArticle from '../../src/components/page/PageArticle.astro'
import type { PortableText } from '../../src/lib/content/types'
import { goal, measure, programme } from './fixtures'
import { render } from './renderComponent'

/** Rich text of an editor's «Overskrift 2», «Overskrift 3» and a paragraph. */
const withHeadings = [
  ['a', 'h2', 'Bakgrunn'],
  ['b', 'h3', 'Detaljer'],
  ['c', 'normal', 'Tekst.'],
].map(([key, style, text]) => ({
  _type: 'block',
  _key: key,
  style,
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})) as unknown as PortableText

/** The page's headings in order, as «h2 Om tiltaket». */
const outline = (html: string) =>
  [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
    ([, tag, inner]) => `${tag} ${inner!.replace(/<[^>]*>/g, '').trim()}`,
  )

test('the facts call the number «Tiltaksnummer»', async () => {
  const html = await render(MeasureFacts, { measure: measure('a') })
  expect(html).toMatch(/<dt>Tiltaksnummer<\/dt>\s*<dd>7<\/dd>/)
  expect(html).not.toContain('Tiltak nummer')
})

test.each([
  ['a measure', () => render(MeasureFacts, { measure: measure('a') })],
  ['a goal', () => render(GoalDetail, { goal: goal('g'), legend: programme.legend })],
])('%s names its focus area by its label, in the link to it', async (_case, page) => {
  expect(await page()).toMatch(/<a href="\/strategiomrader\/ung\/"[^>]*>\s*UNG \(Re:tenk\)\s*<\/a>/)
})

describe("an editor's headings in rich text rank below the heading the text sits under", () => {
  test('a measure: under «Om tiltaket» (h2), its h2 is an h3 and its h3 an h4', async () => {
    const html = await render(MeasureDetail, {
      measure: measure('a', { about: withHeadings }),
      legend: programme.legend,
    })
    const headings = outline(html)
    const about = headings.indexOf('h2 Om tiltaket')
    expect(about).toBeGreaterThan(-1)
    expect(headings.slice(about, about + 3)).toEqual([
      'h2 Om tiltaket',
      'h3 Bakgrunn',
      'h4 Detaljer',
    ])
  })

  test('a goal: under «Informasjon» (h2), its h2 is an h3 and its h3 an h4', async () => {
    const html = await render(GoalDetail, {
      goal: goal('g', 0, { description: withHeadings }),
      legend: programme.legend,
    })
    const headings = outline(html)
    const info = headings.indexOf('h2 Informasjon')
    expect(info).toBeGreaterThan(-1)
    expect(headings.slice(info, info + 3)).toEqual(['h2 Informasjon', 'h3 Bakgrunn', 'h4 Detaljer'])
  })

  test('a page body, right under the h1, keeps its h2 and h3', async () => {
    const html = await render(PageArticle, {
      page: { title: 'Om oss', lead: null, body: withHeadings, lastReviewed: null },
    })
    expect(outline(html)).toEqual(['h1 Om oss', 'h2 Bakgrunn', 'h3 Detaljer'])
  })
})
