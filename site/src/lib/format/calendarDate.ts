const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/

/** Parses a Sanity `date` (`YYYY-MM-DD`) into year, month (1–12) and day, failing loudly on anything else. */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } {
  const match = DATE.exec(value)
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${value}"`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

/** Parses a `YYYY-MM` month string into year and month (1–12). */
export function parseMonth(value: string): { year: number; month: number } {
  const match = MONTH.exec(value)
  if (!match) throw new Error(`Expected a month as YYYY-MM, got "${value}"`)
  return { year: Number(match[1]), month: Number(match[2]) }
}

/**
 * A calendar day as an instant that is the same day in Oslo: noon UTC is 13:00 or 14:00 in Oslo, so
 * formatting it in Europe/Oslo can never slip to the day before or after.
 */
export function calendarDateToInstant(value: string): Date {
  const { year, month, day } = parseCalendarDate(value)
  return new Date(Date.UTC(year, month - 1, day, 12))
}
