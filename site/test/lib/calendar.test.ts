import { createEvents } from 'ics'
import { describe, expect, test, vi } from 'vitest'
import { calendarFile } from '../../src/lib/calendar/calendarFile'
import { eventToIcs, isCalendarable } from '../../src/lib/calendar/eventToIcs'
import { contentLine, foldLine, icsText, refold } from '../../src/lib/calendar/icsText'

// The real `ics`, with its createEvents counted.
vi.mock('ics', async (importOriginal) => {
  const actual = await importOriginal<typeof import('ics')>()
  return { ...actual, createEvents: vi.fn(actual.createEvents) }
})
// The real refolding, counted.
vi.mock('../../src/lib/calendar/icsText', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/calendar/icsText')>()
  return { ...actual, refold: vi.fn(actual.refold) }
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

describe('the lines of a calendar file', () => {
  // Long Norwegian text: at 75 characters a line of it is far more than 75 octets (æ, ø, å take two each; the
  // emoji four, and two UTF-16 code units).
  const text =
    'Årets første møte på Bjørnerå gård for næringsteamene i Sør-Troms og Ofoten 😀: økt ' +
    'verdiskaping, bærekraftig besøksforvaltning, sjømatnæringens fremtid og grønn omstilling. ' +
    'Påmelding før 1. mars; servering av økologisk mat fra gårdene på Grøtavær, Hamnvåg og Kjøtta.\n' +
    'Ta med PC, spørsmål og gode idéer – vi gleder oss til å se dere på Sandtorg i Tjeldsund.'
  const title =
    'Næringsutvikling på tvers: Sør-Troms, Ofoten og Vesterålen – åpent møte for små og store bedrifter'
  const longEvent = () =>
    event({
      _id: 'event.lang',
      slug: 'lang',
      title,
      location: {
        name: 'Bjørnerå gård, Grøtavær, Hålogaland',
        address: 'Bjørneråveien 1',
        municipality: null,
      },
      description: [
        {
          _type: 'block',
          _key: 'b',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 's', text, marks: [] }],
        },
      ] as EventItem['description'],
    })
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')
  /** The file's lines as bytes, split at CRLF. */
  const byteLines = (body: string) => {
    const bytes = Buffer.from(body, 'utf8')
    const lines: Buffer[] = []
    for (let start = 0, at = bytes.indexOf('\r\n'); at >= 0; at = bytes.indexOf('\r\n', start)) {
      lines.push(bytes.subarray(start, at))
      start = at + 2
    }
    return lines
  }

  test('are at most 75 octets, and none starts or ends inside a character', async () => {
    const body = await calendarFile(
      [longEvent()],
      'Arrangementer i Sør-Troms og Ofoten',
      site,
    ).text()
    const lines = byteLines(body)
    expect(lines.length).toBeGreaterThan(15)
    expect(lines.filter((line) => line.length > 75).map(String)).toEqual([])
    // A line cut inside a character is not valid UTF-8 on its own.
    const strict = new TextDecoder('utf-8', { fatal: true })
    for (const line of lines) expect(() => strict.decode(line)).not.toThrow()
    expect(Buffer.from(body, 'utf8').toString('utf8')).toBe(body)
  })

  test('unfold to the text of the event, and to what `ics` writes for it', async () => {
    const body = await calendarFile([longEvent()], 'Arrangementer', site).text()
    const unfolded = unfold(body)
    expect(unfolded.split('\r\n')).toContain(`DESCRIPTION:${icsText(text)}`)
    expect(unfolded.split('\r\n')).toContain(`SUMMARY:${icsText(title)}`)
    const written = createEvents([eventToIcs(longEvent(), site)], {
      calName: 'Arrangementer',
      productId: '-//retenk.no//Drivkraft//NB',
    }).value!
    expect(unfolded).toBe(unfold(written))
    // `ics` itself folds at 75 characters, with a tab: lines of more than 75 octets.
    expect(byteLines(written).some((line) => line.length > 75)).toBe(true)
  })

  test('are refolded once per event, however many calendars it is in', async () => {
    const events = [event({ _id: 'event.e', slug: 'e' }), event({ _id: 'event.f', slug: 'f' })]
    const refolds = vi.mocked(refold)
    refolds.mockClear()
    await calendarFile(events, 'Alle', site).text()
    await calendarFile([events[1]!], 'Narvik', site).text()
    await calendarFile(events, 'UNG', site).text()
    expect(refolds).toHaveBeenCalledTimes(2)
  })
})

describe('foldLine and refold', () => {
  const ascii = (n: number) => 'a'.repeat(n)
  test.each([
    ['75 octets stay one line', ascii(75), [ascii(75)]],
    ['76 octets fold after 75', ascii(76), [ascii(75), ' a']],
    [
      'two-octet letters never split: 74 octets, then the rest',
      'ø'.repeat(40),
      ['ø'.repeat(37), ` ${'ø'.repeat(3)}`],
    ],
    ['a four-octet character moves whole to the next line', `${ascii(73)}😀b`, [ascii(73), ' 😀b']],
    [
      'continuations hold 74 octets after their space',
      ascii(75 + 74 + 1),
      [ascii(75), ` ${ascii(74)}`, ' a'],
    ],
  ])('%s', (_case, line, expected) => {
    expect(foldLine(line).split('\r\n')).toEqual(expected)
  })

  test('unfolds continuations led by a tab or a space and folds each line again', () => {
    const folded = `SUMMARY:${'å'.repeat(30)}\r\n\t${'å'.repeat(30)}\r\nUID:x\r\n y\r\n`
    expect(refold(folded)).toBe(`${foldLine(`SUMMARY:${'å'.repeat(60)}`)}\r\nUID:xy\r\n`)
    expect(refold('BEGIN:VEVENT\r\nEND:VEVENT\r\n')).toBe('BEGIN:VEVENT\r\nEND:VEVENT\r\n')
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
