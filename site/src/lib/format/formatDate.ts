import { calendarDateToInstant, parseMonth } from './calendarDate'

const OSLO = 'Europe/Oslo'
const LOCALE = 'nb-NO'

const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: OSLO,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const monthFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: OSLO,
  month: 'long',
  year: 'numeric',
})
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: OSLO,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})
// `en-CA` formats as YYYY-MM-DD.
const osloDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: OSLO })

// Written-out days by `YYYY-MM-DD`: a large build writes the same few thousand days tens of thousands of times, and
// a lookup costs a fraction of a format.
const formattedDays = new Map<string, string>()

/** «23. februar 2022» for a Sanity `date` (`YYYY-MM-DD`). */
export function formatDate(value: string): string {
  let text = formattedDays.get(value)
  if (text === undefined) {
    text = dayFormat.format(calendarDateToInstant(value))
    formattedDays.set(value, text)
  }
  return text
}

/** «12.–13. juni 2019» for two Sanity dates; the single date when both are the same day. */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDate(start)
  return dayFormat.formatRange(calendarDateToInstant(start), calendarDateToInstant(end))
}

/** «desember 2019» for a `YYYY-MM` month string or the month of a `YYYY-MM-DD` date. */
export function formatMonth(value: string): string {
  const { year, month } = parseMonth(value.slice(0, 7))
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 15, 12)))
}

/** «24. oktober 2018 kl. 10:00» for an ISO 8601 datetime, shown in Oslo time. */
export function formatDateTime(value: string): string {
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime()))
    throw new Error(`Expected an ISO 8601 datetime, got "${value}"`)
  return dateTimeFormat.format(instant)
}

/** The Oslo calendar day (`YYYY-MM-DD`) of an ISO 8601 datetime, for `<time datetime>` and grouping. */
export function osloDay(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value
  return osloDayFormat.format(instant)
}
