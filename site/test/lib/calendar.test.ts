import { describe, expect, test, vi } from 'vitest'
import { calendarFile } from '../../src/lib/calendar/calendarFile'
import { contentLine, foldLine, icsText } from '../../src/lib/calendar/icsText'

// The real VEVENT writer, counted.
vi.mock('../../src/lib/calendar/vevent', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/calendar/vevent')>()
  return { ...actual, vevent: vi.fn(actual.vevent) }
})
import { isCalendarable, vevent } from '../../src/lib/calendar/vevent'
import type { EventItem } from '../../src/lib/content/types'
import { event as fixture } from '../components/fixtures'

const site = new URL('https://retenk.no')
const event = (over: Partial<EventItem>) =>
  fixture({
    location: { name: 'Harstad kulturhus', address: null, municipality: null },
    organisers: [],
    ...over,
  })
/** The VEVENT's lines, unfolded. */
const linesOf = (text: string) => text.replace(/\r\n /g, '').split('\r\n')
const focusArea = (title: string, label = title): EventItem['focusAreas'][number] => ({
  _id: `fa.${title}`,
  title,
  label,
  slug: 'x',
})

describe('vevent', () => {
  test('an event without times is an all-day entry ending the day after its last day', () => {
    expect(vevent(event({ endDate: '2022-02-28' }), site)).toBe(
      [
        'BEGIN:VEVENT',
        'UID:event.skaperkraft@retenk.no',
        'SUMMARY:Skaperkraft',
        'DTSTAMP:20211130T091500Z',
        'DTSTART;VALUE=DATE:20220223',
        'DTEND;VALUE=DATE:20220301',
        'URL:https://retenk.no/arrangementer/skaperkraft/',
        'LOCATION:Harstad kulturhus',
        'LAST-MODIFIED:20211130T091500Z',
        'END:VEVENT',
        '',
      ].join('\r\n'),
    )
  })

  test('a timed event is written in UTC from Oslo wall-clock time, summer and winter', () => {
    const winter = linesOf(vevent(event({ startTime: '10:00', endTime: '15:00' }), site))
    expect(winter).toContain('DTSTART:20220223T090000Z')
    expect(winter).toContain('DTEND:20220223T140000Z')
    const summer = linesOf(
      vevent(
        event({
          startDate: '2022-06-01',
          endDate: '2022-06-02',
          startTime: '09:30',
          endTime: '16:00',
        }),
        site,
      ),
    )
    expect(summer).toContain('DTSTART:20220601T073000Z')
    expect(summer).toContain('DTEND:20220602T140000Z')
  })

  test('a start time without an end time has no DTEND', () => {
    const lines = linesOf(vevent(event({ startTime: '18:00' }), site))
    expect(lines).toContain('DTSTART:20220223T170000Z')
    expect(lines.some((line) => line.startsWith('DTEND'))).toBe(false)
  })

  test('over several days with a start time and no end time, it lasts until midnight after the last day', () => {
    const lines = linesOf(
      vevent(event({ startDate: '2022-03-30', endDate: '2022-03-31', startTime: '09:00' }), site),
    )
    // 09:00 in Oslo on 30 March is summer time (UTC+2); midnight after 31 March too.
    expect(lines).toContain('DTSTART:20220330T070000Z')
    expect(lines).toContain('DTEND:20220331T220000Z')
  })

  test('an all-day event across the new year ends on 1 January', () => {
    const lines = linesOf(vevent(event({ startDate: '2021-12-30', endDate: '2021-12-31' }), site))
    expect(lines).toContain('DTSTART;VALUE=DATE:20211230')
    expect(lines).toContain('DTEND;VALUE=DATE:20220101')
  })

  test('names the organisers in the description, never as an ORGANIZER without an address', () => {
    const lines = linesOf(
      vevent(
        event({
          organisers: [
            { _id: 'org.a', name: 'Hålogalandsrådet', slug: 'hr', website: null },
            { _id: 'org.b', name: 'Narvik kommune', slug: 'nk', website: null },
          ],
        }),
        site,
      ),
    )
    expect(lines.some((line) => line.startsWith('ORGANIZER'))).toBe(false)
    expect(lines).toContain('DESCRIPTION:Arrangør: Hålogalandsrådet\\, Narvik kommune')
  })

  test('each focus area is one category by its label, commas escaped; none, no CATEGORIES line', () => {
    const lines = linesOf(
      vevent(
        event({
          focusAreas: [
            focusArea('Forsvar, samfunnssikkerhet og beredskap'),
            focusArea('UNG', 'UNG (Re:tenk)'),
          ],
        }),
        site,
      ),
    )
    expect(lines).toContain('CATEGORIES:Forsvar\\, samfunnssikkerhet og beredskap,UNG (Re:tenk)')
    expect(linesOf(vevent(event({}), site)).some((line) => line.startsWith('CATEGORIES'))).toBe(
      false,
    )
  })

  test('escapes every TEXT value, a lone carriage return included', () => {
    const lines = linesOf(
      vevent(
        event({
          title: 'Samling; Narvik\rOfoten',
          location: { name: 'Rådhuset, sal 2', address: null, municipality: null },
        }),
        site,
      ),
    )
    expect(lines).toContain('SUMMARY:Samling\\; Narvik\\nOfoten')
    expect(lines).toContain('LOCATION:Rådhuset\\, sal 2')
    expect(lines.every((line) => !line.includes('\r'))).toBe(true)
  })

  test.each(['month', 'season', 'year'])('an event known only by %s has no calendar day', (p) => {
    expect(isCalendarable(event({ datePrecision: p as EventItem['datePrecision'] }))).toBe(false)
    expect(() => vevent(event({ datePrecision: p as EventItem['datePrecision'] }), site)).toThrow(
      /event\.skaperkraft/,
    )
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

  test('writes each event once, however many calendars it is in', async () => {
    const events = [event({ _id: 'event.c', slug: 'c' }), event({ _id: 'event.d', slug: 'd' })]
    const write = vi.mocked(vevent)
    write.mockClear()
    const all = await calendarFile(events, 'Alle', site).text()
    const harstad = await calendarFile([events[0]!], 'Harstad', site).text()
    await calendarFile(events, 'UNG', site).text()
    expect(write).toHaveBeenCalledTimes(2)
    const first = all.slice(all.indexOf('BEGIN:VEVENT'), all.lastIndexOf('BEGIN:VEVENT'))
    expect(harstad).toContain(first)
  })

  test('is a plain calendar, not an iTIP message (METHOD would need an ORGANIZER with an address)', async () => {
    const body = await calendarFile([event({})], 'Arrangementer', site).text()
    expect(body).not.toMatch(/^METHOD:/m)
    expect(body).not.toMatch(/^ORGANIZER/m)
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
  })

  test('unfold to the text of the event', async () => {
    const body = await calendarFile([longEvent()], 'Arrangementer', site).text()
    const unfolded = unfold(body).split('\r\n')
    expect(unfolded).toContain(`DESCRIPTION:${icsText(text)}`)
    expect(unfolded).toContain(`SUMMARY:${icsText(title)}`)
    expect(unfolded).toContain(
      `LOCATION:${icsText('Bjørnerå gård, Grøtavær, Hålogaland, Bjørneråveien 1')}`,
    )
  })
})

describe('foldLine', () => {
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

  test('drops control characters TEXT may not hold, keeping tabs', () => {
    expect(icsText('Møte\u000bi\u0000 Harstad\u007f\tkl. 10')).toBe('Møtei Harstad\tkl. 10')
  })
})
