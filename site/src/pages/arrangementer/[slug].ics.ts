import type { APIRoute, GetStaticPaths } from 'astro'
import { siteUrl } from '../../lib/seo/siteUrl'
import { calendarFile } from '../../lib/calendar/calendarFile'
import { isCalendarable } from '../../lib/calendar/vevent'
import { getEvents, type EventItem } from '../../lib/content'

/** One `.ics` download per event that is known to the day. */
export const getStaticPaths = (async () => {
  const events = await getEvents()
  return events
    .filter(isCalendarable)
    .map((event) => ({ params: { slug: event.slug }, props: { event } }))
}) satisfies GetStaticPaths

/** The event as an iCalendar file. */
export const GET: APIRoute<{ event: EventItem }> = ({ props, site }) =>
  calendarFile([props.event], props.event.title, siteUrl(site))
