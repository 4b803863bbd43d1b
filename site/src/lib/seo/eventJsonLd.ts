import { toPlainText } from '@portabletext/toolkit'
import type { EventItem } from '../content/types'
import { formatEventDate } from '../format'
import { osloInstant } from '../format/osloTime'
import { eventHref } from '../urls'

const ATTENDANCE = {
  physical: 'https://schema.org/OfflineEventAttendanceMode',
  digital: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

/**
 * The end of an event in the same precision as its start (date, or datetime with Oslo offset). Only an event known
 * to the day has an end: times or an end date left on an event known by month, season or year are not shown.
 */
function endOf(event: EventItem): string | undefined {
  if (event.datePrecision !== 'day') return undefined
  if (event.startTime && event.endTime) {
    return osloInstant(event.endDate ?? event.startDate, event.endTime).iso
  }
  return event.endDate ?? undefined
}

/** schema.org `Event` for an event page; dates keep the precision the sources give. */
export function eventJsonLd(event: EventItem, site: URL): Record<string, unknown> {
  const place = event.location
  const description = toPlainText(event.description).trim()
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: formatEventDate(event).datetime,
    endDate: endOf(event),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.format ? ATTENDANCE[event.format] : undefined,
    url: new URL(eventHref(event.slug), site).href,
    description: description || undefined,
    location:
      place && (place.name || place.address || place.municipality)
        ? {
            '@type': 'Place',
            name: place.name ?? place.municipality?.name ?? undefined,
            address: place.address ?? place.municipality?.name ?? undefined,
          }
        : undefined,
    organizer: event.organisers.map((organisation) => ({
      '@type': 'Organization',
      name: organisation.name,
      url: organisation.website ?? undefined,
    })),
  }
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined))
}
