import { createEvents } from 'ics'
import type { EventItem } from '../content/types'
import { eventToIcs, isCalendarable } from './eventToIcs'
import { contentLine, icsText, refold } from './icsText'

const BEGIN = 'BEGIN:VEVENT'
const END = 'END:VEVENT\r\n'

// Each event's VEVENT, by event and site. An event is in several calendars (its own file, the full calendar, its
// municipality's and one per focus area it belongs to), and `ics` validates every event it writes with yup, about
// 0.3 ms an event: writing each once per build saves most of that (docs/performance.md). Its lines are refolded
// at 75 octets once too, when it is written.
const vevents = new WeakMap<EventItem, { site: string; vevent: string }>()

/** One event as a VEVENT block (CRLF line ends, folded at 75 octets), written and validated by `ics`. */
function veventOf(event: EventItem, site: URL): string {
  const cached = vevents.get(event)
  if (cached?.site === site.href) return cached.vevent
  const { error, value } = createEvents([eventToIcs(event, site)])
  const start = value?.indexOf(BEGIN) ?? -1
  const end = value?.lastIndexOf(END) ?? -1
  if (error || !value || start < 0 || end < start) {
    throw new Error(
      `Could not write event ${event._id} as iCalendar: ${error?.message ?? 'no VEVENT'}`,
    )
  }
  const vevent = refold(value.slice(start, end + END.length))
  vevents.set(event, { site: site.href, vevent })
  return vevent
}

/**
 * An iCalendar file (`text/calendar`) with every event that has a calendar day, named for subscribers. The
 * envelope has the header lines `ics` writes, with the name escaped and folded at 75 octets (which `ics` leaves
 * as it is); an empty calendar is a valid feed too (which `ics` refuses to write). Every line is at most 75
 * octets.
 */
export function calendarFile(
  events: readonly EventItem[],
  calendarName: string,
  site: URL,
): Response {
  const body = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:-//${site.hostname}//Drivkraft//NB`,
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', icsText(calendarName)),
    'X-PUBLISHED-TTL:PT1H',
    '',
  ].join('\r\n')
  const entries = events.filter(isCalendarable).map((event) => veventOf(event, site))
  return new Response(`${body}${entries.join('')}END:VCALENDAR\r\n`, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
