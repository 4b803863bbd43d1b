import { expect, test } from 'vitest'
import ProgrammeGoals from '../../src/components/programme/ProgrammeGoals.astro'
import { programme } from './fixtures'
import { render } from './renderComponent'

const subGoals = ['Flere bedrifter', 'Flere innbyggere', 'Bedre samarbeid'].map((title, i) => ({
  _key: `d${i + 1}`,
  title,
  description: null,
  results: [],
}))

/** The headings in order, as «h2 Hovedmål». */
const outline = (html: string) =>
  [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
    ([, tag, inner]) => `${tag} ${inner!.replace(/<[^>]*>/g, '').trim()}`,
  )

test('the sub-goals have a heading of their own, «Delmål», beside «Hovedmål» rather than under it', async () => {
  const html = await render(ProgrammeGoals, { programme: { ...programme, subGoals } })
  expect(outline(html)).toEqual([
    'h2 Hovedmål',
    'h2 Delmål',
    'h3 Flere bedrifter',
    'h3 Flere innbyggere',
    'h3 Bedre samarbeid',
  ])
  expect(html).toMatch(/<section aria-labelledby="delmal"[^>]*>\s*<h2 id="delmal"/)
})

test('one level down, when the goals sit in a section of their own', async () => {
  const html = await render(ProgrammeGoals, { programme: { ...programme, subGoals }, level: 3 })
  expect(outline(html).slice(0, 3)).toEqual(['h3 Hovedmål', 'h3 Delmål', 'h4 Flere bedrifter'])
})

test('no sub-goals: no «Delmål» heading', async () => {
  const html = await render(ProgrammeGoals, { programme })
  expect(outline(html)).toEqual(['h2 Hovedmål'])
})
