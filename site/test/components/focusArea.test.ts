import { describe, expect, test } from 'vitest'
import type { Goal } from '../../src/lib/content/types'
import FocusAreaDetail from '../../src/components/focusArea/FocusAreaDetail.astro'
import UpcomingThenPastLayout from '../../src/layouts/UpcomingThenPastLayout.astro'
import { datedEvents, literal, now, range, shown, testLinksToTheRest } from './eventSections'
import { focusArea, goal, programme, twoStrategyGoal } from './fixtures'
import { render } from './renderComponent'

test('a focus-area page is headed by its bare title, its plan named right below', async () => {
  const html = await render(FocusAreaDetail, { focusArea, events: [], legend: programme.legend })
  expect(html).toMatch(/<h1[^>]*>UNG<\/h1>/)
  expect(html).toMatch(
    /Del av <a href="\/om\/planer\/retenk\/"[^>]*>Re:tenk – utviklingsplan for Sør-Troms<\/a>/,
  )
})

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

  test('the calendar link names the focus area as one, by its label, not by its bare name («i UNG»)', async () => {
    const html = await page(1, 1)
    expect(html).toMatch(
      /<a href="\/arrangementer\/strategiomrade\/ung\.ics"[^>]*>\s*Arrangementer i strategiområdet UNG \(Re:tenk\) som kalenderfil \(ICS\)\s*<\/a>/,
    )
    expect(html).not.toContain('Arrangementer i UNG')
  })

  testLinksToTheRest(page, {
    list: '/arrangementer/strategiomrade/ung/',
    where: 'strategiområdet UNG (Re:tenk)',
  })

  test('no event: says so, and still offers the calendar feed', async () => {
    const html = await page(0, 0)
    expect(shown(html)).toEqual([])
    expect(html).toContain('Ingen arrangementer er knyttet til strategiområdet.')
    expect(html).not.toContain('<h3 id="arrangementer-')
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })
})

describe("a focus area's paged event list", () => {
  test('its pager and calendar link name the focus area as one: «i strategiområdet UNG»', async () => {
    const events = datedEvents(0, 2)
    const html = await render(UpcomingThenPastLayout, {
      programme,
      page: {
        data: events,
        start: 0,
        end: events.length - 1,
        total: 52,
        size: 50,
        currentPage: 2,
        lastPage: 2,
        url: {
          current: '/arrangementer/strategiomrade/ung/2/',
          prev: '/arrangementer/strategiomrade/ung/',
        },
      },
      upcomingCount: 52,
      where: 'strategiområdet UNG',
      calendarHref: '/arrangementer/strategiomrade/ung.ics',
    })
    expect(html).toContain('aria-label="Sider med arrangementer i strategiområdet UNG"')
    expect(html).toMatch(
      /<a href="\/arrangementer\/strategiomrade\/ung\.ics"[^>]*>\s*Arrangementer i strategiområdet UNG som kalenderfil \(ICS\)\s*<\/a>/,
    )
    expect(html).not.toContain('Arrangementer i UNG')
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
  /** The paragraph after the goals: `summary` (if any), then the link to the list of all the measures. */
  const paragraph = (summary: string, link: string) =>
    new RegExp(
      `<p(?:\\s[^>]*)?>\\s*${literal(summary)}<a href="${allMeasures}"[^>]*>\\s*${literal(link)}\\s*</a>\\s*</p>`,
    )
  const linkAlone = (link: string) => paragraph('', link)

  test('goals of up to seven measures, as the programme has: every goal and measure, no bound', async () => {
    const goals = [goal('a', 7), goal('b', 1), goal('c', 0)]
    const html = await page(goals)
    expect(linked(html)).toEqual(ofGoals(goals))
    expect(html).toContain('Ingen tiltak registrert under dette målet.')
    expect(html).not.toContain('Viser ')
    expect(html).not.toContain(allMeasures)
  })

  test('200 goals of five measures: the first ten whole, then a link to the list of all 1000', async () => {
    const goals = Array.from({ length: 200 }, (_, i) => goal(`g${i + 1}`, 5))
    const html = await page(goals)
    expect(linked(html)).toEqual(ofGoals(goals.slice(0, 10)))
    expect(html).toMatch(
      paragraph(
        'Viser 10 av 200 mål og 50 av 1000 tiltak. ',
        'Se alle 1000 tiltak i UNG (Re:tenk), side for side',
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
    // The goal says how much of it is shown; a summary of the page would say the same again.
    expect(html).toContain('Viser 50 av 120 tiltak under dette målet.')
    expect(html.match(/Viser /g)).toHaveLength(1)
    expect(html).toMatch(linkAlone('Se alle 120 tiltak i UNG (Re:tenk), side for side'))
  })

  test('a goal of seven, then one of 120: the first 43 of it, and a link to all 127', async () => {
    const html = await page([goal('a', 7), twoStrategyGoal(120)])
    expect(linked(html)).toHaveLength(2 + 50)
    expect(html).toContain('Viser 43 av 120 tiltak under dette målet.')
    expect(html.match(/Viser /g)).toHaveLength(1)
    expect(html).toMatch(linkAlone('Se alle 127 tiltak i UNG (Re:tenk), side for side'))
  })

  test('a goal of 120, then one of five: the part of the first, and what the page leaves out', async () => {
    const html = await page([twoStrategyGoal(120), goal('b', 5)])
    expect(linked(html)).not.toContain('b')
    expect(html).toContain('Viser 50 av 120 tiltak under dette målet.')
    expect(html).toMatch(
      paragraph(
        'Viser 1 av 2 mål og 50 av 125 tiltak. ',
        'Se alle 125 tiltak i UNG (Re:tenk), side for side',
      ),
    )
  })

  // A goal without measures costs one link, its title: it follows a full list as long as the goals bound allows.
  test.each([
    ['50, 0', [50, 0], ['a', 'b'], '', ''],
    ['50, 0, 0, 3', [50, 0, 0, 3], ['a', 'b', 'c'], 'Viser 3 av 4 mål og 50 av 53 tiltak. ', '53'],
    ['120, 0', [120, 0], ['a', 'b'], '', '120'],
  ])('goals of %s measures: goals %j shown', async (_, counts, shownGoals, summary, all) => {
    const goals = counts.map((count, i) => goal('abcd'[i]!, count))
    const html = await page(goals)
    const slugs = new Set(goals.map((g) => g.slug))
    expect(linked(html).filter((slug) => slugs.has(slug!))).toEqual(shownGoals)
    if (!all) {
      expect(html).not.toMatch(/Viser \d+ av \d+ (mål|tiltak)\./)
      expect(html).not.toContain(allMeasures)
    } else
      expect(html).toMatch(
        paragraph(summary, `Se alle ${all} tiltak i UNG (Re:tenk), side for side`),
      )
  })

  test('25 goals of one measure: the first 20, and a link to the list of all 25', async () => {
    const goals = Array.from({ length: 25 }, (_, i) => goal(`g${i + 1}`, 1))
    const html = await page(goals)
    expect(linked(html)).toEqual(ofGoals(goals.slice(0, 20)))
    expect(html).toMatch(
      paragraph(
        'Viser 20 av 25 mål og 20 av 25 tiltak. ',
        'Se alle 25 tiltak i UNG (Re:tenk), side for side',
      ),
    )
  })

  test('25 goals without measures: the first 20, and no link to a measure list', async () => {
    const goals = Array.from({ length: 25 }, (_, i) => goal(`g${i + 1}`))
    const html = await page(goals)
    expect(linked(html)).toEqual(goals.slice(0, 20).map((g) => g.slug))
    expect(html).toContain('Viser 20 av 25 mål.')
    expect(html).not.toContain(allMeasures)
  })
})
