import type { APIRoute, GetStaticPaths } from 'astro'
import { siteUrl } from '../../../lib/seo/siteUrl'
import { calendarFile } from '../../../lib/calendar/calendarFile'
import { getMunicipalities, type EventItem } from '../../../lib/content'

/** One calendar feed per municipality with the events held there. */
export const getStaticPaths = (async () => {
  const municipalities = await getMunicipalities()
  return municipalities.map((municipality) => ({
    params: { slug: municipality.slug },
    props: { name: municipality.name, events: municipality.events },
  }))
}) satisfies GetStaticPaths

/** The municipality's events as an iCalendar feed. */
export const GET: APIRoute<{ name: string; events: EventItem[] }> = ({ props, site }) =>
  calendarFile(props.events, `Arrangementer i ${props.name}`, siteUrl(site))
