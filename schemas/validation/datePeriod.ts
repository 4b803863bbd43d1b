import type { DATE_PRECISIONS, ValueOf } from '../constants'

/** How exactly a date is known: to the day, or only by month, season or year. */
export type DatePrecision = ValueOf<typeof DATE_PRECISIONS>

/** A season of the year: spring March–May, summer June–August, autumn September–November, winter December–February. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter'

/** The first and the last day of a period, both `YYYY-MM-DD`. */
export interface DatePeriod {
  first: string
  last: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The first month (1–12) of each season. */
const FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 }

/** Parses a Sanity `date` (`YYYY-MM-DD`) into year, month (1–12) and day, failing loudly on anything else. */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } {
  const match = DATE.exec(value)
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${value}"`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** How many days `month` (1–12) of `year` has, leap years included. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The season a month (1–12) of `year` falls in, and the year that season starts in: winter runs from December
 * into the new year, so January and February 2020 belong to the winter that started in December 2019.
 */
export function seasonOf(year: number, month: number): { season: Season; year: number } {
  if (month >= 3 && month <= 5) return { season: 'spring', year }
  if (month >= 6 && month <= 8) return { season: 'summer', year }
  if (month >= 9 && month <= 11) return { season: 'autumn', year }
  return { season: 'winter', year: month === 12 ? year : year - 1 }
}

/**
 * The period a date names at a precision: the day itself, its month, its season (winter December–February,
 * across the turn of the year) or its year. Editors set an event's start date to the first day of the period,
 * but any day in it names the same period.
 */
export function datePeriod(date: string, precision: DatePrecision): DatePeriod {
  const { year, month } = parseCalendarDate(date)
  switch (precision) {
    case 'day':
      return { first: date, last: date }
    case 'month':
      return {
        first: isoDate(year, month, 1),
        last: isoDate(year, month, daysInMonth(year, month)),
      }
    case 'season': {
      const season = seasonOf(year, month)
      const firstMonth = FIRST_MONTH[season.season]
      // The season's last month is two after its first: winter's, February, is in the next year.
      const crossesYear = firstMonth + 2 > 12
      const lastYear = crossesYear ? season.year + 1 : season.year
      const lastMonth = crossesYear ? firstMonth + 2 - 12 : firstMonth + 2
      return {
        first: isoDate(season.year, firstMonth, 1),
        last: isoDate(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)),
      }
    }
    case 'year':
      return { first: isoDate(year, 1, 1), last: isoDate(year, 12, 31) }
    default:
      throw new Error(
        `Unknown date precision "${String(precision)}" (expected day, month, season or year)`,
      )
  }
}
