import { expect, test } from 'vitest'
import type { EventItem } from '../../src/lib/content/types'
import { event } from './fixtures'

// Shared by the tests of the pages that show a municipality's or a focus area's events through
// UpcomingAndPastEvents: the same cases, checked against each page's own paged list.

/** When the page is built: after the past events (2029), before the upcoming ones (2031). */
export const now = new Date('2030-06-15T12:00:00Z')

/**
 * `past` events from 2029, then `upcoming` from 2031, numbered from 1: in chronological order, as the content
 * module gives them.
 */
export const datedEvents = (past: number, upcoming: number): EventItem[] =>
  [
    ...Array.from({ length: past }, (_, i) => ({ n: i + 1, year: 2029 })),
    ...Array.from({ length: upcoming }, (_, i) => ({ n: past + i + 1, year: 2031 })),
  ].map(({ n, year }) =>
    event({
      _id: `event.${n}`,
      slug: `e${n}`,
      title: `Arrangement ${n}`,
      startDate: new Date(Date.UTC(year, 0, n)).toISOString().slice(0, 10),
    }),
  )

/** The numbers of the events a page links to, in the order it shows them. */
export const shown = (html: string): number[] =>
  [...html.matchAll(/href="\/arrangementer\/e(\d+)\/"/g)].map((match) => Number(match[1]))

/** `from` to `to`, both included, counting up or down. */
export const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from < to ? from + i : from - i))

/**
 * Past, upcoming, and where the link to the past events leads on the paged list: it pages the upcoming ones first,
 * 50 a page, so the past ones start on the page after the last full page of upcoming ones.
 */
const LONG_LISTS: Array<[number, number, string]> = [
  [12, 15, '#tidligere'],
  [11, 0, '#tidligere'],
  [11, 50, '2/#tidligere'],
  [300, 260, '6/#tidligere'],
]

/** Lists of at most ten each: the page shows them whole. */
const SHORT_LISTS: Array<[string, number, number]> = [
  ['ten of each', 10, 10],
  ['one upcoming', 0, 1],
  ['one past', 1, 0],
]

/** `text` as a regular expression that matches it literally («UNG (Re:tenk)»). */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The paged list of all of a page's events, and where the links to it say the events are. */
interface EventListTarget {
  /** The list's first page. */
  list: string
  /** What follows «i» in the links: «Harstad», «strategiområdet UNG». */
  where: string
}

/**
 * The cases of a page's bounded event lists: a list longer than ten says how many it shows of how many and links
 * to where its rest starts on `list`; shorter lists are shown whole, with no link. `page(past, upcoming)` renders
 * the page with `datedEvents(past, upcoming)`.
 */
export function testLinksToTheRest(
  page: (past: number, upcoming: number) => Promise<string>,
  { list, where }: EventListTarget,
): void {
  test.each(LONG_LISTS)(
    '%i past and %i upcoming: each longer list links to where its rest starts on the list (%s)',
    async (past, upcoming, pastAt) => {
      const html = await page(past, upcoming)
      expect(shown(html)).toHaveLength(Math.min(past, 10) + Math.min(upcoming, 10))
      expect(html.includes('Viser de 10 neste')).toBe(upcoming > 10)
      if (upcoming > 10) {
        expect(html).toMatch(
          new RegExp(
            `Viser de 10 neste av ${upcoming} kommende\\s+arrangementer\\.\\s*` +
              `<a href="${list}#kommende"[^>]*>Alle kommende arrangementer i ${literal(where)}</a>`,
          ),
        )
      }
      expect(html).toMatch(
        new RegExp(
          `Viser de 10 siste av ${past} tidligere\\s+arrangementer\\.\\s*` +
            `<a href="${list}${pastAt}"[^>]*>Alle tidligere arrangementer i ${literal(where)}</a>`,
        ),
      )
    },
  )

  test.each(SHORT_LISTS)('%s: all of them, no link to the list', async (_case, past, upcoming) => {
    const html = await page(past, upcoming)
    expect(shown(html)).toHaveLength(past + upcoming)
    expect(html).not.toContain(`href="${list}`)
    expect(html.includes('<h3 id="arrangementer-kommende"')).toBe(upcoming > 0)
    expect(html.includes('<h3 id="arrangementer-tidligere"')).toBe(past > 0)
  })
}
