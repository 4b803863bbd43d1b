import { toPlainText } from '@portabletext/toolkit'
import type { DateArray, EventAttributes } from 'ics'
import type { EventItem } from '../content/types'
import { parseCalendarDate } from '../format/calendarDate'
import { osloInstant } from '../format/osloTime'
import { eventHref } from '../urls'

/** Whether an event can go into a calendar: only events known to the day have a day to put there. */
export function isCalendarable(event: Pick<EventItem, 'datePrecision'>): boolean {
  return (event.datePrecision ?? 'day') === 'day'
}

/** The day after a Sanity date, as an ICS date array (all-day events end exclusively). */
function dayAfter(date: string): DateArray {
  const { year, month, day } = parseCalendarDate(date)
  const next = new Date(Date.UTC(year, month - 1, day + 1))
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()]
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

/**
 * One event as `ics` attributes. Timed events are written in UTC from their Oslo wall-clock times; events
 * without times are all-day entries. Callers filter with `isCalendarable` first.
 */
export function eventToIcs(event: EventItem, site: URL): EventAttributes {
  if (!isCalendarable(event)) {
    throw new Error(
      `Event ${event._id} is known only by ${event.datePrecision}; it has no calendar day`,
    )
  }
  const lastDay = event.endDate ?? event.startDate
  // DTSTAMP and LAST-MODIFIED from the document, not the build's clock: a rebuild with no change to the event
  // writes the same bytes, so calendar clients and caches see nothing new. (A renamed venue or organiser changes
  // LOCATION or DESCRIPTION without touching the event's _updatedAt; clients take the new text all the same.)
  const changed = Date.parse(event._updatedAt)
  const common = {
    uid: `${event._id}@${site.hostname}`,
    title: event.title,
    url: new URL(eventHref(event.slug), site).href,
    location: placeOf(event),
    description: descriptionOf(event),
    categories: event.focusAreas.map((area) => area.title ?? '').filter(Boolean),
    timestamp: Number.isNaN(changed) ? undefined : changed,
    lastModified: Number.isNaN(changed) ? undefined : changed,
  }
  const defined = Object.fromEntries(
    Object.entries(common).filter(([, value]) => value !== undefined),
  )
  if (!event.startTime) {
    const { year, month, day } = parseCalendarDate(event.startDate)
    return { ...defined, start: [year, month, day], end: dayAfter(lastDay) }
  }
  const start = osloInstant(event.startDate, event.startTime).instant.getTime()
  const timing = { start, startInputType: 'utc', startOutputType: 'utc' } as const
  // A start without an end is a valid VEVENT; `ics` accepts it though its types demand end or duration.
  if (!event.endTime) return { ...defined, ...timing } as EventAttributes
  const end = osloInstant(lastDay, event.endTime).instant.getTime()
  return { ...defined, ...timing, end, endInputType: 'utc', endOutputType: 'utc' }
}
