import { describe, expect, test } from 'vitest'
import GoalDetail from '../../src/components/goal/GoalDetail.astro'
import MeasuresByStrategy from '../../src/components/goal/MeasuresByStrategy.astro'
import type { Goal } from '../../src/lib/content/types'
import { goal, measureSummary, programme, twoStrategyGoal } from './fixtures'
import { render } from './renderComponent'

/** `count` goals of one focus area, `g1`, `g2`, …, in order. */
const goals = (count: number) => Array.from({ length: count }, (_, i) => goal(`g${i + 1}`))

/** The numbers of the goals a page points on to, in order. */
const relatedOn = (html: string): number[] => {
  const section = html.slice(html.indexOf('id="relaterte-mal"'))
  return [...section.matchAll(/href="\/prosjekt\/g(\d+)\/"/g)].map((match) => Number(match[1]))
}

const page = (all: ReturnType<typeof goals>, index: number) =>
  render(GoalDetail, { goal: all[index]!, focusAreaGoals: all, legend: programme.legend })

describe('the other goals of the focus area on a goal page', () => {
  test('a focus area of three goals: the two others, and no word of a bound', async () => {
    const html = await page(goals(3), 1)
    expect(relatedOn(html)).toEqual([1, 3])
    expect(html).toMatch(/<h2 id="relaterte-mal"[^>]*>Andre mål i strategiområdet<\/h2>/)
    expect(html).not.toContain('nærmeste')
  })

  test('a focus area of one goal: no list', async () => {
    const html = await page(goals(1), 0)
    expect(html).not.toContain('relaterte-mal')
  })

  // 30 goals: the ten next to each, as many before as after where the list allows.
  test.each([
    [1, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    [4, [1, 2, 3, 5, 6, 7, 8, 9, 10, 11]],
    [16, [11, 12, 13, 14, 15, 17, 18, 19, 20, 21]],
    [30, [20, 21, 22, 23, 24, 25, 26, 27, 28, 29]],
  ])('of 30 goals, goal %i links to the ten next to it and says so', async (n, expected) => {
    const html = await page(goals(30), n - 1)
    expect(relatedOn(html)).toEqual(expected)
    expect(html).toContain('Viser de 10 nærmeste av 29 andre mål i strategiområdet.')
  })

  test('of 30 goals, each is linked from another goal page', async () => {
    const all = goals(30)
    const linked = new Set<number>()
    for (let i = 0; i < all.length; i++)
      for (const n of relatedOn(await page(all, i))) linked.add(n)
    expect([...linked].sort((a, b) => a - b)).toEqual(all.map((_, i) => i + 1))
  })
})

describe('the measures on a goal page', () => {
  const measuresPage = (shown: Goal) =>
    render(GoalDetail, { goal: shown, legend: programme.legend })
  /** The slugs of the measures a page links to, in order (without other goals, only measures link there). */
  const linked = (html: string) =>
    [...html.matchAll(/href="\/prosjekt\/([^/"]+)\/"/g)].map((match) => match[1])
  const slugs = (count: number) => Array.from({ length: count }, (_, i) => `g-t${i + 1}`)

  // As many as the programme's goals have (at most seven) and up to the bound: every one, and no word of a bound.
  test.each([1, 8, 50])('%i measures: every one, in order, and no sentence', async (count) => {
    const html = await measuresPage(goal('g', count))
    expect(linked(html)).toEqual(slugs(count))
    expect(html).not.toContain('Viser ')
    expect(html).not.toContain('/tiltak/')
  })

  test("51 measures: the first 50, and a link to the paged list of all the goal's measures", async () => {
    const html = await measuresPage(goal('g', 51))
    expect(linked(html)).toEqual(slugs(50))
    expect(html.match(/href="\/tiltak\//g)).toHaveLength(1)
    expect(html).toMatch(
      new RegExp(
        'Viser 50 av 51 tiltak under dette målet\\. ' +
          '<a href="/tiltak/mal/g/"[^>]*>Se alle 51 tiltak under målet, side for side</a>\\.',
      ),
    )
  })

  test('120 measures under two strategies: the first 50 in the order the strategies give', async () => {
    const html = await measuresPage(twoStrategyGoal(120))
    expect(linked(html)).toEqual(Array.from({ length: 50 }, (_, i) => `t${2 * i + 2}`))
    expect(html).toContain('Strategi: Først')
    expect(html).not.toContain('Strategi: Så')
    expect(html).toMatch(/Viser 50 av 120 tiltak under dette målet\. /)
    expect(html).toContain('href="/tiltak/mal/stor/"')
  })

  test("60 measures of a goal without a focus area: the goal's own list all the same", async () => {
    const html = await measuresPage(goal('g', 60, { focusArea: null }))
    expect(linked(html)).toEqual(slugs(50))
    expect(html).toMatch(
      /<a href="\/tiltak\/mal\/g\/"[^>]*>Se alle 60 tiltak under målet, side for side<\/a>/,
    )
  })
})

describe("a slice of a goal's measures under their strategies (the pages of its list)", () => {
  /** The headings and measure slugs of a slice, in order. */
  const slice = async (from: number, limit: number) => {
    const html = await render(MeasuresByStrategy, { goal: twoStrategyGoal(120), from, limit })
    return [...html.matchAll(/<h3[^>]*>([^<]+)<\/h3>|href="\/prosjekt\/([^/"]+)\/"/g)].map(
      (match) => match[1] ?? match[2],
    )
  }
  const evens = (from: number, to: number) =>
    Array.from({ length: (to - from) / 2 + 1 }, (_, i) => `t${from + 2 * i}`)

  test("the first page: the first strategy's first 50", async () => {
    expect(await slice(0, 50)).toEqual(['Strategi: Først', ...evens(2, 100)])
  })

  test('a page across two strategies: both headings, each over its own measures', async () => {
    expect(await slice(50, 50)).toEqual([
      'Strategi: Først',
      ...evens(102, 120),
      'Strategi: Så',
      ...evens(1, 79),
    ])
  })

  test('the last page: what is left of the second strategy', async () => {
    expect(await slice(100, 50)).toEqual(['Strategi: Så', ...evens(81, 119)])
  })
})

describe('strategies without measures', () => {
  const strategies = [
    { _key: 's1', title: 'Først', description: null },
    { _key: 's2', title: 'Så', description: null },
  ]
  /** The headings, «none» notes and measure slugs a goal's measures show, in order. */
  const shownOf = async (shown: Goal, from?: number, limit?: number) => {
    const html = await render(MeasuresByStrategy, { goal: shown, from, limit })
    return [
      ...html.matchAll(
        /<h3[^>]*>([^<]+)<\/h3>|href="\/prosjekt\/([^/"]+)\/"|>(Ingen tiltak[^<]*)</g,
      ),
    ].map((match) => match[1] ?? match[2] ?? match[3])
  }

  test('a goal shown whole lists every strategy, those without measures saying so', async () => {
    const shown = goal('g', 2, { strategies })
    expect(await shownOf(shown)).toEqual([
      'Strategi: Først',
      'Ingen tiltak registrert under denne strategien.',
      'Strategi: Så',
      'Ingen tiltak registrert under denne strategien.',
      'Andre tiltak',
      'g-t1',
      'g-t2',
    ])
  })

  test('a goal without measures lists its strategies; one without strategies says it has no measures', async () => {
    expect(await shownOf(goal('g', 0, { strategies }))).toEqual([
      'Strategi: Først',
      'Ingen tiltak registrert under denne strategien.',
      'Strategi: Så',
      'Ingen tiltak registrert under denne strategien.',
    ])
    expect(await shownOf(goal('g', 0))).toEqual(['Ingen tiltak registrert under dette målet.'])
  })

  // 60 measures under «Så»; «Først» before it and «Til slutt» after it have none.
  const sixty = goal('stor', 0, {
    strategies: [
      { _key: 's1', title: 'Først', description: null },
      { _key: 's2', title: 'Så', description: null },
      { _key: 's3', title: 'Til slutt', description: null },
    ],
    measures: Array.from({ length: 60 }, (_, i) =>
      measureSummary(`t${i + 1}`, { number: i + 1, strategyKey: 's2' }),
    ),
  })
  const headingsOf = async (from: number, limit: number) =>
    (await shownOf(sixty, from, limit)).filter((item) => item!.startsWith('Strategi'))

  test('a goal shown in pages names each empty strategy once, on the page that reaches its place', async () => {
    expect(await headingsOf(0, 50)).toEqual(['Strategi: Først', 'Strategi: Så'])
    expect(await headingsOf(50, 50)).toEqual(['Strategi: Så', 'Strategi: Til slutt'])
  })

  test('a page of a paged list shows only the strategies with measures on it', async () => {
    expect(await shownOf(goal('g', 3, { strategies }), 1, 2)).toEqual([
      'Andre tiltak',
      'g-t2',
      'g-t3',
    ])
  })
})
