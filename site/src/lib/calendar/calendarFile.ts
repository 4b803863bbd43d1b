import { createEvents } from 'ics'
import type { EventItem } from '../content/types'
import { eventToIcs, isCalendarable } from './eventToIcs'

/** An iCalendar file (`text/calendar`) with every event that has a calendar day, named for subscribers. */
export function calendarFile(
  events: readonly EventItem[],
  calendarName: string,
  site: URL,
): Response {
  const entries = events.filter(isCalendarable).map((event) => eventToIcs(event, site))
  const { error, value } = createEvents(entries, {
    calName: calendarName,
    productId: `-//${site.hostname}//Drivkraft//NB`,
  })
  // An empty calendar is still a valid feed; `ics` reports it as an error, so write the envelope ourselves.
  if (entries.length === 0) return calendarResponse(emptyCalendar(calendarName, site))
  if (error || !value)
    throw new Error(`Could not write the calendar "${calendarName}": ${error?.message}`)
  return calendarResponse(value)
}

/** The VCALENDAR envelope without events (RFC 5545 TEXT escaping for the name). */
function emptyCalendar(name: string, site: URL): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${site.hostname}//Drivkraft//NB`,
    `X-WR-CALNAME:${name.replace(/([\\;,])/g, '\\$1').replace(/\r?\n/g, '\\n')}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}

/** Serves a calendar body with its media type. */
function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
