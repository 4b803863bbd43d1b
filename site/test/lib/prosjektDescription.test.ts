import { describe, expect, test } from 'vitest'
import type { Measure, PortableText, ProsjektPage } from '../../src/lib/content/types'
import { prosjektDescription } from '../../src/lib/seo/prosjektDescription'
import { goal, measure } from '../components/fixtures'

const PROGRAMME = 'Program Drivkraft'
const measurePage = (m: Measure): ProsjektPage => ({ kind: 'measure', slug: m.slug, measure: m })
const about = (text: string) =>
  [
    {
      _type: 'block',
      _key: 'a',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 's', text, marks: [] }],
    },
  ] as unknown as PortableText

describe('the meta description of a measure', () => {
  test('without text about it, two measures are described apart, by title, goal and focus area', () => {
    const [a, b] = [measure('a'), measure('b')].map((m) =>
      prosjektDescription(measurePage(m), PROGRAMME),
    )
    expect(a).toBe('Tiltak a: tiltak under målet «Et mål» i strategiområdet UNG.')
    expect(b).toBe('Tiltak b: tiltak under målet «Et mål» i strategiområdet UNG.')
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
    expect(text).toMatch(/målord…» i strategiområdet UNG\.$/)
  })

  test("too long for any of the goal's title: the goal is left out, then the measure's title is cut", () => {
    const long = measure('a', { title: words(17, 'tiltak') })
    expect(prosjektDescription(measurePage(long), PROGRAMME)).toBe(
      `${long.title}: tiltak i strategiområdet UNG.`,
    )
    const longer = measure('a', { title: words(30, 'tiltak') })
    const text = prosjektDescription(measurePage(longer), PROGRAMME)
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text).toMatch(/^tiltak( tiltak)+…: tiltak i strategiområdet UNG\.$/)
  })
})

describe('the meta description of a goal', () => {
  test('two goals of one focus area are described apart, by title and focus area', () => {
    const [a, b] = [goal('a'), goal('b')].map((g) =>
      prosjektDescription({ kind: 'goal', slug: g.slug, goal: g }, PROGRAMME),
    )
    expect(a).toBe('Mål a: mål i strategiområdet UNG, med strategier og tiltak.')
    expect(a).not.toBe(b)
  })

  test('a long title is cut so the whole stays within 160', () => {
    const g = goal('a', 0, { title: Array(30).fill('målord').join(' ') })
    const text = prosjektDescription({ kind: 'goal', slug: g.slug, goal: g }, PROGRAMME)
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text).toMatch(/målord…: mål i strategiområdet UNG, med strategier og tiltak\.$/)
  })
})
