/** The document types an internal link may point at: each has a page, or an anchor on one, of its own. */
export type LinkableType =
  'measure' | 'goal' | 'focusArea' | 'municipality' | 'event' | 'newsItem' | 'page' | 'plan'

/** A reference target as the content module resolves it: its type and its slug. */
export interface LinkTarget {
  _type: string
  slug?: string | null
}

/** `/prosjekt/<slug>/`: goals and measures share retenk.no's URL family. */
export const prosjektHref = (slug: string): string => `/prosjekt/${slug}/`
/** `/strategiomrader/<slug>/` for a focus area. */
export const focusAreaHref = (slug: string): string => `/strategiomrader/${slug}/`
/** `/kommuner/<slug>/` for a municipality. */
export const municipalityHref = (slug: string): string => `/kommuner/${slug}/`
/** `/arrangementer/<slug>/` for an event. */
export const eventHref = (slug: string): string => `/arrangementer/${slug}/`
/** `/arrangementer/kommende/`: every upcoming event, paged, when /arrangementer/ has more than it shows. */
export const UPCOMING_EVENTS_HREF = '/arrangementer/kommende/'
/** Page `page` of a paged list whose first page is `first`: `first` itself, then `…/2/`, …. */
const nthPage = (first: string, page: number): string => (page > 1 ? `${first}${page}/` : first)
/**
 * `/arrangementer/strategiomrade/<slug>/` (`…/2/`, …): a focus area's events, upcoming then past, paged, for when
 * its page shows fewer than it has.
 */
export const focusAreaEventsHref = (slug: string, page = 1): string =>
  nthPage(`/arrangementer/strategiomrade/${slug}/`, page)
/**
 * `/arrangementer/kommune/<slug>/` (`…/2/`, …): the events held in a municipality, upcoming then past, paged, for
 * when its page shows fewer than it has.
 */
export const municipalityEventsHref = (slug: string, page = 1): string =>
  nthPage(`/arrangementer/kommune/${slug}/`, page)
/**
 * `/tiltak/mal/<slug>/` (`…/2/`, …): every measure of a goal, paged, for a goal with more than its page shows
 * (`hasMeasureList`).
 */
export const goalMeasuresHref = (slug: string, page = 1): string =>
  nthPage(`/tiltak/mal/${slug}/`, page)
/** `/arrangementer/kalender.ics`: every event of the programme as a calendar feed. */
export const CALENDAR_HREF = '/arrangementer/kalender.ics'
/** `/arrangementer/<slug>.ics`: one event as a calendar file. */
export const eventCalendarHref = (slug: string): string => `/arrangementer/${slug}.ics`
/** `/arrangementer/strategiomrade/<slug>.ics`: a focus area's events as a calendar feed. */
export const focusAreaCalendarHref = (slug: string): string =>
  `/arrangementer/strategiomrade/${slug}.ics`
/** `/arrangementer/kommune/<slug>.ics`: the events held in a municipality as a calendar feed. */
export const municipalityCalendarHref = (slug: string): string =>
  `/arrangementer/kommune/${slug}.ics`
/** `/aktuelt/<slug>/` for a news item. */
export const newsHref = (slug: string): string => `/aktuelt/${slug}/`
/** `/om/<slug>/` for a page document. */
export const pageHref = (slug: string): string => `/om/${slug}/`
/** `/om/planer/<slug>/` for a plan. */
export const planHref = (slug: string): string => `/om/planer/${slug}/`

const families: Record<LinkableType, (slug: string) => string> = {
  measure: prosjektHref,
  goal: prosjektHref,
  focusArea: focusAreaHref,
  municipality: municipalityHref,
  event: eventHref,
  newsItem: newsHref,
  page: pageHref,
  plan: planHref,
}

/** Whether a document type has a URL family on the site. */
export function isLinkableType(type: string): type is LinkableType {
  return Object.hasOwn(families, type)
}

/**
 * The site URL of a referenced document, or `undefined` when it has no page (unknown type or no slug), so that
 * callers render plain text instead of a dead link.
 */
export function hrefFor(target: LinkTarget | null | undefined): string | undefined {
  if (!target?.slug || !isLinkableType(target._type)) return undefined
  return families[target._type](target.slug)
}
