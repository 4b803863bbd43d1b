import { toPlainText } from '@portabletext/toolkit'
import { describe, expect, test } from 'vitest'
import { createContent } from '../../src/lib/content/createContent'
import { createLocalSource } from '../../src/lib/content/localSource'
import type { Goal, Measure, PortableText, ProsjektPage } from '../../src/lib/content/types'
import { findBundledDataset } from '../../src/lib/env'
import { cutAtWord, DESCRIPTION_MAX } from '../../src/lib/seo/describe'
import { prosjektDescription } from '../../src/lib/seo/prosjektDescription'
import { goal, measure } from '../components/fixtures'

const PROGRAMME = 'Program Drivkraft'
const measurePage = (m: Measure): ProsjektPage => ({ kind: 'measure', slug: m.slug, measure: m })
const goalPage = (g: Goal): ProsjektPage => ({ kind: 'goal', slug: g.slug, goal: g })
/** Portable Text of one paragraph per text. */
const about = (...texts: string[]) =>
  texts.map((text, i) => ({
    _type: 'block',
    _key: `b${i}`,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 's', text, marks: [] }],
  })) as unknown as PortableText

describe('the meta description of a measure', () => {
  test('without text about it, two measures are described apart, by title, goal and focus area', () => {
    const [a, b] = [measure('a'), measure('b')].map((m) =>
      prosjektDescription(measurePage(m), PROGRAMME),
    )
    expect(a).toBe('Tiltak a: tiltak under målet «Et mål» i strategiområdet UNG (Re:tenk).')
    expect(b).toBe('Tiltak b: tiltak under målet «Et mål» i strategiområdet UNG (Re:tenk).')
    expect(a).not.toBe(b)
  })

  test('its text about it, when it has one', () => {
    const m = measure('a', { about: about('Et  tiltak\nfor ungdom.') })
    expect(prosjektDescription(measurePage(m), PROGRAMME)).toBe('Et tiltak for ungdom.')
  })

  test('without goal or focus area: the programme', () => {
    const m = measure('a', { goal: null, focusArea: null })
    expect(prosjektDescription(measurePage(m), PROGRAMME)).toBe(
      'Tiltak a: tiltak i Program Drivkraft.',
    )
  })

  const words = (count: number, word: string) => Array(count).fill(word).join(' ')

  test("long titles: the goal's title is cut first, at a word, and the whole stays within 160", () => {
    const m = measure('a', {
      title: words(10, 'tiltak'),
      goal: { _id: 'goal.g', title: words(14, 'målord'), slug: 'g' },
    })
    const text = prosjektDescription(measurePage(m), PROGRAMME)
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text.startsWith(`${m.title}: tiltak under målet «målord`)).toBe(true)
    expect(text).toMatch(/målord…» i strategiområdet UNG \(Re:tenk\)\.$/)
  })

  test("too long for any of the goal's title: the goal is left out, then the measure's title is cut", () => {
    const long = measure('a', { title: words(17, 'tiltak') })
    expect(prosjektDescription(measurePage(long), PROGRAMME)).toBe(
      `${long.title}: tiltak i strategiområdet UNG (Re:tenk).`,
    )
    const longer = measure('a', { title: words(30, 'tiltak') })
    const text = prosjektDescription(measurePage(longer), PROGRAMME)
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text).toMatch(/^tiltak( tiltak)+…: tiltak i strategiområdet UNG \(Re:tenk\)\.$/)
  })
})

describe('the meta description of a goal', () => {
  test('two goals of one focus area are described apart, by title and focus area', () => {
    const [a, b] = [goal('a'), goal('b')].map((g) =>
      prosjektDescription({ kind: 'goal', slug: g.slug, goal: g }, PROGRAMME),
    )
    expect(a).toBe('Mål a: mål i strategiområdet UNG (Re:tenk), med strategier og tiltak.')
    expect(a).not.toBe(b)
  })

  test('a long title is cut so the whole stays within 160', () => {
    const g = goal('a', 0, { title: Array(30).fill('målord').join(' ') })
    const text = prosjektDescription({ kind: 'goal', slug: g.slug, goal: g }, PROGRAMME)
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text).toMatch(
      /målord…: mål i strategiområdet UNG \(Re:tenk\), med strategier og tiltak\.$/,
    )
  })

  test.each([
    ['one paragraph', about('Veiene  må på plass\nfør laksen.'), 'Veiene må på plass før laksen.'],
    [
      'paragraphs, joined by a space',
      about('Veiene må på plass.', 'Se også målet om avstand.'),
      'Veiene må på plass. Se også målet om avstand.',
    ],
  ])('its own description, when it has one: %s', (_case, description, expected) => {
    expect(prosjektDescription(goalPage(goal('a', 0, { description })), PROGRAMME)).toBe(expected)
  })

  test('a long description is cut at a word to 160, with an ellipsis', () => {
    const words = Array(40).fill('infrastruktur').join(' ')
    const text = prosjektDescription(
      goalPage(goal('a', 0, { description: about(words) })),
      PROGRAMME,
    )
    expect(text).toBe(cutAtWord(words, DESCRIPTION_MAX))
    expect(text.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(text).toMatch(/^infrastruktur( infrastruktur)+…$/)
  })

  test.each([
    ['no blocks', about()],
    ['only blank text', about('  ', '\n')],
    ['no text blocks', [{ _type: 'image', _key: 'i' }] as unknown as PortableText],
  ])('a description with %s: the sentence of its title and focus area', (_case, description) => {
    expect(prosjektDescription(goalPage(goal('a', 0, { description })), PROGRAMME)).toBe(
      'Mål a: mål i strategiområdet UNG (Re:tenk), med strategier og tiltak.',
    )
  })
})

describe('the goals of the bundled dataset', () => {
  const content = createContent(createLocalSource(findBundledDataset(process.cwd())))
  const described = async () =>
    (await content.getGoals()).map((g) => ({
      goal: g,
      text: prosjektDescription(goalPage(g), PROGRAMME),
    }))

  test('the one goal with a description is described by it, cut at a word to 160', async () => {
    const withText = (await described()).filter(({ goal: g }) => toPlainText(g.description).trim())
    expect(withText.map(({ goal: g }) => g.slug)).toEqual([
      'oppna-regional-avstandsreduksjon-ost-vest-og-nord-sor',
    ])
    const full =
      'Skal for eksempel lakseproduksjonen kunne vokse i regionen, må veiene og den øvrige infrastrukturen ' +
      'være på plass først. Tiltakene under dette målet handler om de store veiaksene, se også målet om ' +
      'avstandsreduksjon for Harstadregionen.'
    expect(withText[0]?.text).toBe(cutAtWord(full, DESCRIPTION_MAX))
    expect(withText[0]?.text).toMatch(/^Skal for eksempel .* Tiltakene under dette målet handler…$/)
  })

  test('every other goal by its title and its focus area, by label', async () => {
    const withoutText = (await described()).filter(
      ({ goal: g }) => !toPlainText(g.description).trim(),
    )
    expect(withoutText).toHaveLength(10)
    for (const { goal: g, text } of withoutText) {
      const tail = `: mål i strategiområdet ${g.focusArea!.label}, med strategier og tiltak.`
      expect(text).toBe(`${cutAtWord(g.title, DESCRIPTION_MAX - tail.length)}${tail}`)
    }
  })
})
