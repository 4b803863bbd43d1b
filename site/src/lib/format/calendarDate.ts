import { parseCalendarDate } from '../../../../schemas/validation/datePeriod'

export { parseCalendarDate }

const MONTH = /^(\d{4})-(\d{2})$/

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
