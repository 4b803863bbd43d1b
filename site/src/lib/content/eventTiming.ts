import type { EventItem } from './types'

/**
 * When this process started, taken once. Every page that splits events into upcoming and past splits them at this
 * moment by default, so a build that runs across midnight in Oslo still agrees with itself: a focus area's page
 * links the page of its event list where past events begin, and both must count the same. (A long-running
 * `astro dev` keeps it too; restart it to see a day's events move to the past.)
 */
export const BUILD_TIME = new Date()

const osloDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar date in Norway at `now`, as `YYYY-MM-DD` (event dates are Oslo dates). */
export function osloDate(now: Date): string {
  const parts = Object.fromEntries(
    osloDay.formatToParts(now).map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** An event is upcoming until its last day (end date, else start date) has passed in Oslo. */
export function isUpcoming(event: Pick<EventItem, 'startDate' | 'endDate'>, now: Date): boolean {
  return (event.endDate ?? event.startDate) >= osloDate(now)
}

/**
 * Events in chronological order split at `now`: the upcoming ones soonest first, the past ones most recent first
 * (the order a visitor reads each list in).
 */
export function upcomingAndPast<T extends Pick<EventItem, 'startDate' | 'endDate'>>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => isUpcoming(event, now))
  const past = events.filter((event) => !isUpcoming(event, now)).reverse()
  return { upcoming, past }
}
