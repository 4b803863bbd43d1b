import { describe, expect, test } from 'vitest'
import FocusAreaDetail from '../../src/components/focusArea/FocusAreaDetail.astro'
import { event, focusArea, programme } from './fixtures'
import { render } from './renderComponent'

describe('the events on a focus-area page', () => {
  const now = new Date('2030-06-15T12:00:00Z')
  /** `count` events in chronological order, the content module's order: past ones from 2029, upcoming from 2031. */
  const events = (past: number, upcoming: number) =>
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
  const page = (past: number, upcoming: number) =>
    render(FocusAreaDetail, {
      focusArea,
      events: events(past, upcoming),
      legend: programme.legend,
      now,
    })
  const shown = (html: string) =>
    [...html.matchAll(/href="\/arrangementer\/e(\d+)\/"/g)].map((match) => Number(match[1]))
  const range = (from: number, to: number) =>
    Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from < to ? from + i : from - i))

  test('the next ten soonest first, then the ten most recent, under their own headings', async () => {
    const html = await page(12, 15)
    expect(shown(html)).toEqual([...range(13, 22), ...range(12, 3)])
    expect(html).toMatch(
      /<h2 id="arrangementer"[^>]*>Arrangementer<\/h2>[\s\S]*<h3 id="arrangementer-kommende"[^>]*>Kommende<\/h3>[\s\S]*<h3 id="arrangementer-tidligere"[^>]*>Tidligere<\/h3>/,
    )
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })

  test.each([
    // past, upcoming, where the link to the past events leads: the list pages the upcoming ones first, 50 a page
    [12, 15, '/arrangementer/strategiomrade/ung/#tidligere'],
    [11, 0, '/arrangementer/strategiomrade/ung/#tidligere'],
    [11, 50, '/arrangementer/strategiomrade/ung/2/#tidligere'],
    [300, 260, '/arrangementer/strategiomrade/ung/6/#tidligere'],
  ])(
    '%i past and %i upcoming: each longer list says so and links to its rest (%s)',
    async (past, upcoming, pastHref) => {
      const html = await page(past, upcoming)
      expect(shown(html)).toHaveLength(Math.min(past, 10) + Math.min(upcoming, 10))
      expect(html.includes('Viser de 10 neste')).toBe(upcoming > 10)
      if (upcoming > 10) {
        expect(html).toMatch(
          new RegExp(
            `Viser de 10 neste av ${upcoming} kommende\\s+arrangementer\\.\\s*` +
              '<a href="/arrangementer/strategiomrade/ung/"[^>]*>Alle kommende arrangementer i UNG</a>',
          ),
        )
      }
      expect(html).toMatch(
        new RegExp(
          `Viser de 10 siste av ${past} tidligere\\s+arrangementer\\.\\s*` +
            `<a href="${pastHref}"[^>]*>Alle tidligere arrangementer i UNG</a>`,
        ),
      )
    },
  )

  test.each([
    ['ten of each', 10, 10],
    ['one upcoming', 0, 1],
    ['one past', 1, 0],
  ])('%s: all of them, no link to the list of all', async (_case, past, upcoming) => {
    const html = await page(past, upcoming)
    expect(shown(html)).toHaveLength(past + upcoming)
    expect(html).not.toContain('/arrangementer/strategiomrade/ung/')
    expect(html.includes('<h3 id="arrangementer-kommende"')).toBe(upcoming > 0)
    expect(html.includes('<h3 id="arrangementer-tidligere"')).toBe(past > 0)
  })

  test('no event: says so, and still offers the calendar feed', async () => {
    const html = await page(0, 0)
    expect(shown(html)).toEqual([])
    expect(html).toContain('Ingen arrangementer er knyttet til strategiområdet.')
    expect(html).not.toContain('<h3 id="arrangementer-')
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })
})
