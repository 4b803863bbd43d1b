import { pageOf } from '../collections/pageOf'

/** A link to the rest of a bounded event list. */
export interface MoreEventsLink {
  href: string
  label: string
}

/**
 * Where a municipality's or focus area's page sends a visitor for the events it leaves out: its paged list
 * (`hrefOf(page)`, see `paginateUpcomingThenPast`), which holds the upcoming ones first, so the past ones start on
 * the page that holds the event right after the last upcoming one. `where` is what follows «i» in the links'
 * text: «Harstad», «strategiområdet UNG».
 */
export function moreEventsLinks(
  where: string,
  upcomingCount: number,
  hrefOf: (page: number) => string,
): Record<'upcoming' | 'past', MoreEventsLink> {
  return {
    upcoming: { href: `${hrefOf(1)}#kommende`, label: `Alle kommende arrangementer i ${where}` },
    past: {
      href: `${hrefOf(pageOf(upcomingCount))}#tidligere`,
      label: `Alle tidligere arrangementer i ${where}`,
    },
  }
}
