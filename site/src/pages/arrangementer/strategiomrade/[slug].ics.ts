import type { APIRoute, GetStaticPaths } from 'astro'
import { siteUrl } from '../../../lib/seo/siteUrl'
import { calendarFile } from '../../../lib/calendar/calendarFile'
import { getFocusAreas, type EventItem } from '../../../lib/content'

/** One calendar feed per focus area with the events tagged with it. */
export const getStaticPaths = (async () => {
  const focusAreas = await getFocusAreas()
  return focusAreas.map((area) => ({
    params: { slug: area.slug },
    props: { title: area.label, events: area.events },
  }))
}) satisfies GetStaticPaths

/** The focus area's events as an iCalendar feed. */
export const GET: APIRoute<{ title: string; events: EventItem[] }> = ({ props, site }) =>
  calendarFile(props.events, `Arrangementer – ${props.title}`, siteUrl(site))
