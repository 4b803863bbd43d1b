import { createEvents } from 'ics'
import { describe, expect, test, vi } from 'vitest'
import { calendarFile } from '../../src/lib/calendar/calendarFile'
import { eventToIcs, isCalendarable } from '../../src/lib/calendar/eventToIcs'
import { contentLine, icsText } from '../../src/lib/calendar/icsText'

// The real `ics`, with its createEvents counted.
vi.mock('ics', async (importOriginal) => {
  const actual = await importOriginal<typeof import('ics')>()
  return { ...actual, createEvents: vi.fn(actual.createEvents) }
})
import type { EventItem } from '../../src/lib/content/types'
import { event as fixture } from '../components/fixtures'

const site = new URL('https://retenk.no')
const event = (over: Partial<EventItem>) =>
  fixture({
    location: { name: 'Harstad kulturhus', address: null, municipality: null },
    organisers: [],
    ...over,
  })

describe('eventToIcs', () => {
  test('an event without times is an all-day entry ending the day after its last day', () => {
    const attrs = eventToIcs(event({ endDate: '2022-02-28' }), site)
    expect(attrs.start).toEqual([2022, 2, 23])
    expect('end' in attrs && attrs.end).toEqual([2022, 3, 1])
    expect(attrs.url).toBe('https://retenk.no/arrangementer/skaperkraft/')
    expect(attrs.uid).toBe('event.skaperkraft@retenk.no')
  })

  test('a timed event is written in UTC from Oslo wall-clock time', () => {
    const attrs = eventToIcs(event({ startTime: '10:00', endTime: '15:00' }), site)
    expect(new Date(attrs.start as number).toISOString()).toBe('2022-02-23T09:00:00.000Z')
    expect(new Date((attrs as { end: number }).end).toISOString()).toBe('2022-02-23T14:00:00.000Z')
  })

  test('names the organisers in the description, never as an ORGANIZER without an address', () => {
    const attrs = eventToIcs(
      event({
        organisers: [
          { _id: 'org.a', name: 'Hålogalandsrådet', slug: 'hr', website: null },
          { _id: 'org.b', name: 'Narvik kommune', slug: 'nk', website: null },
        ],
      }),
      site,
    )
    expect(attrs.organizer).toBeUndefined()
    expect(attrs.description).toMatch(/^Arrangør: Hålogalandsrådet, Narvik kommune/)
  })

  test.each(['month', 'season', 'year'])('an event known only by %s has no calendar day', (p) => {
    expect(isCalendarable(event({ datePrecision: p as EventItem['datePrecision'] }))).toBe(false)
    expect(() =>
      eventToIcs(event({ datePrecision: p as EventItem['datePrecision'] }), site),
    ).toThrow(/event\.skaperkraft/)
  })
})

describe('calendarFile', () => {
  test('writes one VEVENT per calendarable event, named, as text/calendar', async () => {
    const response = calendarFile(
      [event({}), event({ _id: 'event.old', datePrecision: 'season', startDate: '2016-09-01' })],
      'Arrangementer i Re:tenk',
      site,
    )
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    const body = await response.text()
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(body).toContain('DTSTART;VALUE=DATE:20220223')
    expect(body).toContain('X-WR-CALNAME:Arrangementer i Re:tenk')
    expect(body).toContain('LOCATION:Harstad kulturhus')
  })

  test('DTSTAMP and LAST-MODIFIED are when the event last changed, so a rebuild writes the same bytes', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') })
    try {
      const first = await calendarFile([event({})], 'Arrangementer', site).text()
      vi.setSystemTime(new Date('2026-06-01T12:00:00Z'))
      const second = await calendarFile([event({})], 'Arrangementer', site).text()
      expect(first).toContain('DTSTAMP:20211130T091500Z')
      expect(first).toContain('LAST-MODIFIED:20211130T091500Z')
      expect(second).toBe(first)
      // Without a usable _updatedAt the stamp is the time of writing, as the standard asks.
      const unknown = await calendarFile([event({ _updatedAt: '' })], 'Arrangementer', site).text()
      expect(unknown).toContain('DTSTAMP:20260601T120000Z')
      expect(unknown).not.toContain('LAST-MODIFIED')
    } finally {
      vi.useRealTimers()
    }
  })

  test('is what `ics` writes for the same events, each event written once however many calendars it is in', async () => {
    const events = [
      event({}),
      event({ _id: 'event.b', slug: 'b', title: 'Samling; Narvik, 2022', startDate: '2022-03-01' }),
    ]
    const expected = createEvents(
      events.map((item) => eventToIcs(item, site)),
      { calName: 'Arrangementer', productId: '-//retenk.no//Drivkraft//NB' },
    ).value
    expect(await calendarFile(events, 'Arrangementer', site).text()).toBe(expected)
    // The same event objects again, in a calendar of their own: the same VEVENT bytes.
    const single = await calendarFile([events[1]!], 'Samling', site).text()
    expect(single).toContain(expected?.slice(expected.lastIndexOf('BEGIN:VEVENT')))
  })

  test('writes each event with `ics` once, however many calendars it is in', async () => {
    const events = [event({ _id: 'event.c', slug: 'c' }), event({ _id: 'event.d', slug: 'd' })]
    const write = vi.mocked(createEvents)
    write.mockClear()
    await calendarFile(events, 'Alle', site).text()
    await calendarFile([events[0]!], 'Harstad', site).text()
    await calendarFile(events, 'UNG', site).text()
    expect(write).toHaveBeenCalledTimes(2)
  })

  test('an empty feed is still a valid calendar', async () => {
    const body = await calendarFile([], 'Tom, kalender', site).text()
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/)
    expect(body).toContain('X-WR-CALNAME:Tom\\, kalender')
    expect(body).toContain('END:VCALENDAR')
  })
})

describe('contentLine', () => {
  test('folds at 75 octets, continuations led by a space, never inside a character', () => {
    const name =
      'Arrangementer i Re:tenk – Forsvar, samfunnssikkerhet og beredskap i Sør-Troms og Ofoten'
    const line = contentLine('X-WR-CALNAME', icsText(name))
    const lines = line.split('\r\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const part of lines) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(line.replaceAll('\r\n ', '')).toBe(`X-WR-CALNAME:${icsText(name)}`)
  })

  test('a short line is left as it is', () => {
    expect(contentLine('X-WR-CALNAME', 'Arrangementer')).toBe('X-WR-CALNAME:Arrangementer')
  })
})

describe('icsText', () => {
  test('a lone carriage return is a line break too, never a bare CR inside a line', () => {
    expect(icsText('a\rb\r\nc')).toBe('a\\nb\\nc')
  })

  test('escapes what TEXT values must', () => {
    expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })
})
