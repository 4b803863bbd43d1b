import { seasonOf, type Season } from '../../../../schemas/validation/datePeriod'
import { parseCalendarDate } from './calendarDate'
import { formatDate, formatDateRange, formatMonth } from './formatDate'
import { osloInstant } from './osloTime'

/** The date fields of an event as the content model defines them. */
export interface EventWhen {
  startDate: string
  endDate?: string | null
  datePrecision?: string | null
  startTime?: string | null
  endTime?: string | null
}

/** Visible text and the `datetime` attribute value for one `<time>` element. */
export interface FormattedWhen {
  text: string
  datetime: string
}

/** The word for each season, put before its year («våren 2019»; winter names both its years). */
const SEASON_NAMES: Record<Season, string> = {
  spring: 'våren',
  summer: 'sommeren',
  autumn: 'høsten',
  winter: 'vinteren',
}

/** «våren 2019», «høsten 2016»; winter spans the turn of the year («vinteren 2019/2020»). */
function formatSeason(startDate: string): string {
  const { year, month } = parseCalendarDate(startDate)
  const season = seasonOf(year, month)
  const years = season.season === 'winter' ? `${season.year}/${season.year + 1}` : season.year
  return `${SEASON_NAMES[season.season]} ${years}`
}

/** Day-precision text, with times when the event has them («23. februar 2022 kl. 10:00–15:00»). */
function formatDay(when: EventWhen): FormattedWhen {
  const end = when.endDate ?? when.startDate
  if (!when.startTime) {
    return { text: formatDateRange(when.startDate, end), datetime: when.startDate }
  }
  const { iso } = osloInstant(when.startDate, when.startTime)
  if (end === when.startDate) {
    const until = when.endTime ? `–${when.endTime}` : ''
    return { text: `${formatDate(when.startDate)} kl. ${when.startTime}${until}`, datetime: iso }
  }
  const until = when.endTime ? ` kl. ${when.endTime}` : ''
  return {
    text: `${formatDate(when.startDate)} kl. ${when.startTime} – ${formatDate(end)}${until}`,
    datetime: iso,
  }
}

/**
 * How the site shows when an event happens, honouring `datePrecision`: an event known only by month, season or
 * year never shows a day the sources do not give («desember 2019», «høsten 2016», «2016»).
 */
export function formatEventDate(when: EventWhen): FormattedWhen {
  switch (when.datePrecision ?? 'day') {
    case 'day':
      return formatDay(when)
    case 'month':
      return { text: formatMonth(when.startDate), datetime: when.startDate.slice(0, 7) }
    case 'season':
      return { text: formatSeason(when.startDate), datetime: when.startDate.slice(0, 4) }
    case 'year':
      return { text: when.startDate.slice(0, 4), datetime: when.startDate.slice(0, 4) }
    default:
      throw new Error(
        `Unknown datePrecision "${when.datePrecision}" (expected day, month, season or year)`,
      )
  }
}
