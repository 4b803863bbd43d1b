import { describe, expect, test } from 'vitest'
import type { Goal } from '../../src/lib/content/types'
import FocusAreaDetail from '../../src/components/focusArea/FocusAreaDetail.astro'
import { datedEvents, now, range, shown, testLinksToTheRest } from './eventSections'
import { focusArea, goal, programme, twoStrategyGoal } from './fixtures'
import { render } from './renderComponent'

describe('the events on a focus-area page', () => {
  const page = (past: number, upcoming: number) =>
    render(FocusAreaDetail, {
      focusArea,
      events: datedEvents(past, upcoming),
      legend: programme.legend,
      now,
    })

  test('the next ten soonest first, then the ten most recent, under their own headings', async () => {
    const html = await page(12, 15)
    expect(shown(html)).toEqual([...range(13, 22), ...range(12, 3)])
    expect(html).toMatch(
      /<h2 id="arrangementer"[^>]*>Arrangementer<\/h2>[\s\S]*<h3 id="arrangementer-kommende"[^>]*>Kommende<\/h3>[\s\S]*<h3 id="arrangementer-tidligere"[^>]*>Tidligere<\/h3>/,
    )
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })

  testLinksToTheRest(page, { list: '/arrangementer/strategiomrade/ung/', name: 'UNG' })

  test('no event: says so, and still offers the calendar feed', async () => {
    const html = await page(0, 0)
    expect(shown(html)).toEqual([])
    expect(html).toContain('Ingen arrangementer er knyttet til strategiområdet.')
    expect(html).not.toContain('<h3 id="arrangementer-')
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })
})

describe('the goals and measures on a focus-area page', () => {
  const page = (goals: Goal[]) =>
    render(FocusAreaDetail, {
      focusArea: { ...focusArea, goals },
      events: [],
      legend: programme.legend,
    })
  /** The goals' and measures' slugs the page links to, in order. */
  const linked = (html: string) =>
    [...html.matchAll(/href="\/prosjekt\/([^/"]+)\/"/g)].map((match) => match[1])
  const ofGoals = (goals: Goal[]) =>
    goals.flatMap((g) => [g.slug, ...g.measures.map((measure) => measure.slug)])
  const allMeasures = '/tiltak/strategiomrade/ung/'

  test('goals of up to eight measures, as the programme has: every goal and measure, no bound', async () => {
    const goals = [goal('a', 7), goal('b', 1), goal('c', 0)]
    const html = await page(goals)
    expect(linked(html)).toEqual(ofGoals(goals))
    expect(html).toContain('Ingen tiltak registrert under dette målet.')
    expect(html).not.toContain('Viser ')
    expect(html).not.toContain(allMeasures)
  })

  test('200 goals of five measures: the first ten whole, then a link to the other 950 measures', async () => {
    const goals = Array.from({ length: 200 }, (_, i) => goal(`g${i + 1}`, 5))
    const html = await page(goals)
    expect(linked(html)).toEqual(ofGoals(goals.slice(0, 10)))
    expect(html).toMatch(
      new RegExp(
        'Viser 10 av 200 mål og 50 av 1000 tiltak\\.\\s*' +
          `<a href="${allMeasures}"[^>]*>\\s*Se 950 tiltak til i UNG, side for side\\s*</a>`,
      ),
    )
    expect(html).not.toContain('under dette målet')
  })

  test('one goal of 120 measures: the first 50 in the order its strategies give, and the link', async () => {
    const html = await page([twoStrategyGoal(120)])
    const evens = Array.from({ length: 50 }, (_, i) => `t${2 * i + 2}`)
    expect(linked(html)).toEqual(['stor', ...evens])
    expect(html).toContain('Strategi: Først')
    expect(html).not.toContain('Strategi: Så')
    expect(html).toContain('Viser 50 av 120 tiltak under dette målet.')
    expect(html).toMatch(/Viser 50 av 120 tiltak\.\s*<a href="\/tiltak\/strategiomrade\/ung\/"/)
    expect(html).toContain('Se 70 tiltak til i UNG, side for side')
  })

  test('25 goals of one measure: the first 20, and a link to the other five measures', async () => {
    const goals = Array.from({ length: 25 }, (_, i) => goal(`g${i + 1}`, 1))
    const html = await page(goals)
    expect(linked(html)).toEqual(ofGoals(goals.slice(0, 20)))
    expect(html).toContain('Viser 20 av 25 mål og 20 av 25 tiltak.')
    expect(html).toContain('Se 5 tiltak til i UNG, side for side')
  })

  test('25 goals without measures: the first 20, and no link to a measure list', async () => {
    const goals = Array.from({ length: 25 }, (_, i) => goal(`g${i + 1}`))
    const html = await page(goals)
    expect(linked(html)).toEqual(goals.slice(0, 20).map((g) => g.slug))
    expect(html).toContain('Viser 20 av 25 mål.')
    expect(html).not.toContain(allMeasures)
  })
})
