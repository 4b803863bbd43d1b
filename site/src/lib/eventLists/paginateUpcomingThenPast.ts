import type { Page, PaginateFunction } from 'astro'
import { LIST_PAGE_SIZE } from '../collections/listPageSize'
import { BUILD_TIME, upcomingAndPast } from '../content/eventTiming'
import type { EventItem } from '../content/types'

/** The props of one page of an owner's event list: the owner, the page, and how many of the list are upcoming. */
export interface UpcomingThenPastPageProps<Owner> {
  owner: Owner
  upcomingCount: number
  page: Page<EventItem>
}

/**
 * The static paths of one paged event list per owner (municipality or focus area) that has events, at
 * `…/<owner.slug>/`, `…/<owner.slug>/2/`, …: upcoming ones soonest first, then past ones most recent first, 50 a
 * page. Each page learns how many of the list are upcoming, to head each kind; an owner without events has no
 * list, and its page links to none.
 */
export function paginateUpcomingThenPast<Owner extends { slug: string }>(
  paginate: PaginateFunction,
  owners: readonly Owner[],
  /** The owner's events, in chronological order. */
  eventsOf: (owner: Owner) => readonly EventItem[],
  now: Date = BUILD_TIME,
) {
  return owners.flatMap((owner) => {
    const { upcoming, past } = upcomingAndPast(eventsOf(owner), now)
    if (upcoming.length + past.length === 0) return []
    return paginate([...upcoming, ...past], {
      params: { slug: owner.slug },
      props: { owner, upcomingCount: upcoming.length },
      pageSize: LIST_PAGE_SIZE,
    })
  })
}
