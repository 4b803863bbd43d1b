import type { APIRoute } from 'astro'
import { siteUrl } from '../../lib/seo/siteUrl'
import { calendarFile } from '../../lib/calendar/calendarFile'
import { getEvents, getProgramme } from '../../lib/content'

/** Every event as one calendar feed to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const [programme, events] = await Promise.all([getProgramme(), getEvents()])
  return calendarFile(events, `Arrangementer i ${programme.siteTitle}`, siteUrl(site))
}
