import { describe, expect, test } from 'vitest'
import EventDetail from '../../src/components/event/EventDetail.astro'
import EventJsonLd from '../../src/components/event/EventJsonLd.astro'
import UpcomingEvents from '../../src/components/event/UpcomingEvents.astro'
import { LIST_PAGE_SIZE } from '../../src/lib/collections/listPageSize'
import { event, ung } from './fixtures'
import { render } from './renderComponent'

const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<
    string,
    unknown
  >

test('JSON-LD describes a schema.org Event with the start at the precision the sources give', async () => {
  const data = jsonLd(await render(EventJsonLd, { event: event({ startTime: '10:00' }) }))
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Skaperkraft',
    startDate: '2022-02-23T10:00:00+01:00',
    url: 'https://retenk.no/arrangementer/skaperkraft/',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: 'Harstad' },
  })
  const season = jsonLd(
    await render(EventJsonLd, {
      event: event({ datePrecision: 'season', startDate: '2016-09-01' }),
    }),
  )
  expect(season['startDate']).toBe('2016')
})

test('an event names its focus areas by their labels, in the links to them', async () => {
  const html = await render(EventDetail, { event: event({ focusAreas: [ung] }) })
  expect(html).toMatch(/<a href="\/strategiomrader\/ung\/"[^>]*>\s*UNG \(Re:tenk\)\s*<\/a>/)
})

test('an event known to the day offers an .ics download; one known by season does not', async () => {
  const day = await render(EventDetail, { event: event() })
  expect(day).toMatch(/<time datetime="2022-02-23"[^>]*>23\. februar 2022<\/time>/)
  expect(day).toContain('href="/arrangementer/skaperkraft.ics"')
  const season = await render(EventDetail, {
    event: event({ datePrecision: 'season', startDate: '2016-09-01' }),
  })
  expect(season).toMatch(/<time datetime="2016"[^>]*>høsten 2016<\/time>/)
  expect(season).not.toContain('.ics')
})

describe('the upcoming events on /arrangementer/', () => {
  const upcoming = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      event({ _id: `event.${i + 1}`, slug: `e${i + 1}`, title: `Arrangement ${i + 1}` }),
    )
  const shown = (html: string) =>
    [...html.matchAll(/href="\/arrangementer\/e(\d+)\/"/g)].map((match) => Number(match[1]))

  test('past one page of events, the soonest page and a link to all of them', async () => {
    const html = await render(UpcomingEvents, { events: upcoming(LIST_PAGE_SIZE + 1) })
    expect(shown(html)).toEqual(Array.from({ length: LIST_PAGE_SIZE }, (_, i) => i + 1))
    expect(html).toMatch(/<h2 id="kommende"[^>]*>Kommende arrangementer<\/h2>/)
    expect(html).toMatch(
      new RegExp(
        `Viser de ${LIST_PAGE_SIZE} neste av ${LIST_PAGE_SIZE + 1} kommende arrangementer\\.`,
      ),
    )
    expect(html).toMatch(
      /<a href="\/arrangementer\/kommende\/"[^>]*>Alle kommende arrangementer<\/a>/,
    )
  })

  test.each([
    ['one page of events', LIST_PAGE_SIZE],
    ['no event', 0],
  ])('%s: all of them, no link to more', async (_case, count) => {
    const html = await render(UpcomingEvents, { events: upcoming(count) })
    expect(shown(html)).toHaveLength(count)
    expect(html).not.toContain('/arrangementer/kommende/')
    expect(html.includes('Ingen kommende arrangementer er lagt inn.')).toBe(count === 0)
  })
})
