import type { EventItem } from '../content/types'
import { contentLine, icsText } from './icsText'
import { isCalendarable, vevent } from './vevent'

// Each event's VEVENT, by event and site. An event is in several calendars (its own file, the full calendar, its
// municipality's and one per focus area it belongs to); it is written once per build.
const vevents = new WeakMap<EventItem, { site: string; vevent: string }>()

/** One event as a VEVENT block, written once per build and site. */
function veventOf(event: EventItem, site: URL): string {
  const cached = vevents.get(event)
  if (cached?.site === site.href) return cached.vevent
  const written = vevent(event, site)
  vevents.set(event, { site: site.href, vevent: written })
  return written
}

/**
 * An iCalendar file (`text/calendar`) with every event that has a calendar day, named for subscribers. Every
 * line is at most 75 octets; an empty calendar is a valid feed too.
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
    // No METHOD: with one, iTIP's rules apply (RFC 5546), and METHOD:PUBLISH needs an ORGANIZER in every event,
    // which needs an address the programme does not give (the organisers are named in DESCRIPTION instead).
    contentLine('X-WR-CALNAME', icsText(calendarName)),
    'X-PUBLISHED-TTL:PT1H',
    '',
  ].join('\r\n')
  const entries = events.filter(isCalendarable).map((event) => veventOf(event, site))
  return new Response(`${body}${entries.join('')}END:VCALENDAR\r\n`, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
}
