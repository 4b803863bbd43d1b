import { expect, test } from 'vitest'
import EventDetail from '../../src/components/event/EventDetail.astro'
import EventJsonLd from '../../src/components/event/EventJsonLd.astro'
import { event } from './fixtures'
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
