import { CalendarIcon } from '@sanity/icons/Calendar'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { datePeriod } from '../../schemas/validation/datePeriod'
import { osloToday } from '../../schemas/validation/today'
import { API_VERSION } from '../apiVersion'

/**
 * An event is upcoming until its last day has passed in Norway, as on the site (`lastDayOf` in the site's
 * eventTiming.ts). Known to the day (also when no precision is set): its end date, else its start date. Known only
 * by month, season or year: the last day of that period, or a later end date if one is still set. Months, seasons
 * and years each divide time without gaps, so a period ends on or after today exactly when its start date lies on
 * or after the first day of today's period of the same length (`$monthStart`, `$seasonStart`, `$yearStart`).
 */
const UPCOMING = `_type == "event" && (
  (coalesce(datePrecision, "day") == "day" && coalesce(endDate, startDate) >= $today)
  || (datePrecision == "month" && (startDate >= $monthStart || coalesce(endDate, startDate) >= $today))
  || (datePrecision == "season" && (startDate >= $seasonStart || coalesce(endDate, startDate) >= $today))
  || (datePrecision == "year" && (startDate >= $yearStart || coalesce(endDate, startDate) >= $today))
)`

/** Every event whose last day has passed: the complement of `UPCOMING`, clause by clause. */
const PAST = `_type == "event" && (
  (coalesce(datePrecision, "day") == "day" && coalesce(endDate, startDate) < $today)
  || (datePrecision == "month" && startDate < $monthStart && coalesce(endDate, startDate) < $today)
  || (datePrecision == "season" && startDate < $seasonStart && coalesce(endDate, startDate) < $today)
  || (datePrecision == "year" && startDate < $yearStart && coalesce(endDate, startDate) < $today)
)`

/** The parameters of the filters on `today` (YYYY-MM-DD): today, and the first day of its month, season and year. */
export function eventFilterParams(today: string): Record<string, string> {
  return {
    today,
    monthStart: datePeriod(today, 'month').first,
    seasonStart: datePeriod(today, 'season').first,
    yearStart: datePeriod(today, 'year').first,
  }
}

/** Events split into upcoming (soonest first) and past (latest first). */
export function eventsItem(S: StructureBuilder, today: string = osloToday()): ListItemBuilder {
  const params = eventFilterParams(today)
  return S.listItem()
    .id('events')
    .title('Arrangementer')
    .icon(CalendarIcon)
    .child(
      S.list()
        .title('Arrangementer')
        .items([
          S.listItem()
            .id('events-upcoming')
            .title('Kommende')
            .child(
              S.documentList()
                .title('Kommende arrangementer')
                .schemaType('event')
                .apiVersion(API_VERSION)
                .filter(UPCOMING)
                .params(params)
                .defaultOrdering([{ field: 'startDate', direction: 'asc' }]),
            ),
          S.listItem()
            .id('events-past')
            .title('Tidligere')
            .child(
              S.documentList()
                .title('Tidligere arrangementer')
                .schemaType('event')
                .apiVersion(API_VERSION)
                .filter(PAST)
                .params(params)
                .defaultOrdering([{ field: 'startDate', direction: 'desc' }]),
            ),
          S.documentTypeListItem('event').id('events-all').title('Alle arrangementer'),
        ]),
    )
}
