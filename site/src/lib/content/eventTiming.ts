import { datePeriod } from '../../../../schemas/validation/datePeriod'
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

/** The date fields that decide when an event is over. */
type EventTiming = Pick<EventItem, 'startDate' | 'endDate' | 'datePrecision'>

/**
 * The last day of an event, `YYYY-MM-DD`. Known to the day: its end date, else its start date. Known only by
 * month, season or year: the last day of that period («desember 2026» lasts until 31 December 2026, «vinteren
 * 2026/2027» until the end of February 2027), or a later end date if one is still set (the Studio keeps such a
 * value visible, with a warning).
 */
export function lastDayOf(event: EventTiming): string {
  if (event.datePrecision === 'day') return event.endDate ?? event.startDate
  const { last } = datePeriod(event.startDate, event.datePrecision)
  return event.endDate && event.endDate > last ? event.endDate : last
}

/**
 * An event is upcoming until its last day (`lastDayOf`: for an event known only by month, season or year, the
 * last day of that period) has passed in Oslo.
 */
export function isUpcoming(event: EventTiming, now: Date): boolean {
  return lastDayOf(event) >= osloDate(now)
}

/**
 * Events in chronological order split at `now`: the upcoming ones soonest first, the past ones most recent first
 * (the order a visitor reads each list in). An event known only by month, season or year stays upcoming until its
 * whole period has passed.
 */
export function upcomingAndPast<T extends EventTiming>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => isUpcoming(event, now))
  const past = events.filter((event) => !isUpcoming(event, now)).reverse()
  return { upcoming, past }
}
