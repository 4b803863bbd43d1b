import { toPlainText } from '@portabletext/toolkit'
import type { EventItem } from '../content/types'
import { parseCalendarDate } from '../format/calendarDate'
import { osloInstant } from '../format/osloTime'
import { eventHref } from '../urls'
import { contentLine, icsText } from './icsText'

/** Whether an event can go into a calendar: only events known to the day have a day to put there. */
export function isCalendarable(event: Pick<EventItem, 'datePrecision'>): boolean {
  return (event.datePrecision ?? 'day') === 'day'
}

/** The day after a Sanity date, as a Sanity date (`2022-03-01` after `2022-02-28`). */
function isoDayAfter(date: string): string {
  const { year, month, day } = parseCalendarDate(date)
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

/** An RFC 5545 DATE (`20220223`) from a Sanity date. */
function icsDate(date: string): string {
  const { year, month, day } = parseCalendarDate(date)
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`
}

/** An RFC 5545 DATE-TIME in UTC (`20220223T090000Z`). */
function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** The place line of a calendar entry: venue, address and municipality, as far as they are known. */
function placeOf(event: EventItem): string | undefined {
  const parts = [event.location?.name, event.location?.address, event.location?.municipality?.name]
  const place = [...new Set(parts.filter(Boolean))].join(', ')
  return place || (event.format === 'digital' ? 'Digitalt' : undefined)
}

/**
 * The text of the entry: who organises it and the description. ORGANIZER is left out: the standard requires an
 * address for it (`mailto:`), and organisations here have none.
 */
function descriptionOf(event: EventItem): string | undefined {
  const organisers = event.organisers.map((organiser) => organiser.name).filter(Boolean)
  const parts = [
    organisers.length > 0 ? `Arrangør: ${organisers.join(', ')}` : '',
    event.description.length > 0
      ? toPlainText(event.description as Parameters<typeof toPlainText>[0])
      : '',
  ].filter((part) => part.trim() !== '')
  return parts.length > 0 ? parts.join('\n\n') : undefined
}

/** DTSTART and DTEND: whole days (the end exclusive) without times, otherwise UTC from Oslo wall-clock time. */
function timing(event: EventItem): Array<[string, string]> {
  const lastDay = event.endDate ?? event.startDate
  // Without a start time the event takes whole days (an end time alone has nothing to end).
  if (!event.startTime) {
    return [
      ['DTSTART;VALUE=DATE', icsDate(event.startDate)],
      ['DTEND;VALUE=DATE', icsDate(isoDayAfter(lastDay))],
    ]
  }
  const start: [string, string] = [
    'DTSTART',
    icsUtc(osloInstant(event.startDate, event.startTime).instant),
  ]
  if (event.endTime) return [start, ['DTEND', icsUtc(osloInstant(lastDay, event.endTime).instant)]]
  // Over several days without an end time: until midnight after the last day, not a point at its start.
  if (lastDay !== event.startDate) {
    return [start, ['DTEND', icsUtc(osloInstant(isoDayAfter(lastDay), '00:00').instant)]]
  }
  // One day with a start and no end is a valid VEVENT: it ends when it starts.
  return [start]
}

/**
 * One event as a VEVENT (RFC 5545): CRLF line ends, every line folded at 75 octets, TEXT values escaped (the
 * categories each on its own, so a focus area with a comma in its name stays one category). Callers filter
 * with `isCalendarable` first.
 */
export function vevent(event: EventItem, site: URL): string {
  if (!isCalendarable(event)) {
    throw new Error(
      `Event ${event._id} is known only by ${event.datePrecision}; it has no calendar day`,
    )
  }
  // DTSTAMP and LAST-MODIFIED from the document, not the build's clock: a rebuild with no change to the event
  // writes the same bytes, so calendar clients and caches see nothing new. (A renamed venue or organiser changes
  // LOCATION or DESCRIPTION without touching the event's _updatedAt; clients take the new text all the same.)
  // DTSTAMP is required; without a usable _updatedAt it is the time of writing, as the standard says.
  const changed = Date.parse(event._updatedAt)
  const updated = Number.isNaN(changed) ? undefined : icsUtc(new Date(changed))
  const location = placeOf(event)
  const description = descriptionOf(event)
  const categories = event.focusAreas.map((area) => area.label).filter(Boolean)
  const properties: Array<[string, string | undefined]> = [
    ['UID', icsText(`${event._id}@${site.hostname}`)],
    ['SUMMARY', icsText(event.title)],
    ['DTSTAMP', updated ?? icsUtc(new Date())],
    ...timing(event),
    ['DESCRIPTION', description && icsText(description)],
    ['URL', new URL(eventHref(event.slug), site).href],
    ['LOCATION', location && icsText(location)],
    ['CATEGORIES', categories.length > 0 ? categories.map(icsText).join(',') : undefined],
    ['LAST-MODIFIED', updated],
  ]
  const lines = properties.flatMap(([name, value]) =>
    value === undefined ? [] : [contentLine(name, value)],
  )
  return `BEGIN:VEVENT\r\n${lines.join('\r\n')}\r\nEND:VEVENT\r\n`
}
