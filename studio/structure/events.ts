import { CalendarIcon } from '@sanity/icons/Calendar'
import type { ListItemBuilder, StructureBuilder } from 'sanity/structure'
import { osloToday } from '../../schemas/validation/today'
import { API_VERSION } from '../apiVersion'

/** An event is upcoming until its last day has passed in Norway. */
const UPCOMING = '_type == "event" && coalesce(endDate, startDate) >= $today'
const PAST = '_type == "event" && coalesce(endDate, startDate) < $today'

/** Events split into upcoming (soonest first) and past (latest first). */
export function eventsItem(S: StructureBuilder, today: string = osloToday()): ListItemBuilder {
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
                .params({ today })
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
                .params({ today })
                .defaultOrdering([{ field: 'startDate', direction: 'desc' }]),
            ),
          S.documentTypeListItem('event').id('events-all').title('Alle arrangementer'),
        ]),
    )
}
