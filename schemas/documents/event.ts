import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  DATE_PRECISION_TITLE,
  DATE_PRECISIONS,
  EVENT_FORMATS,
  EVENT_TYPES,
  listOptions,
  titleOf,
} from '../constants'
import { referenceArrayField } from '../fields/referenceArrayField'
import { slugField } from '../fields/slugField'
import { urlField } from '../fields/urlField'
import { noPlaceholderText } from '../validation/placeholderText'
import { eventTimeProblems } from '../validation/ranges'

/** Pattern of an `HH:MM` clock time. */
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

/** Whether the event's date is known to the day: only then do an end date and clock times mean anything. */
function knownToTheDay(document: unknown): boolean {
  return ((document as { datePrecision?: unknown } | undefined)?.datePrecision ?? 'day') === 'day'
}

/**
 * Hides a day-only field (end date, times) while the date is not known to the day. A field that still holds a
 * value stays visible, with a warning: the site's lists and calendar data would still read it.
 */
function hiddenUnlessDay({ document, value }: { document?: unknown; value?: unknown }): boolean {
  return !value && !knownToTheDay(document)
}

/** Advice when a day-only field holds a value while the date is known only by month, season or year. */
function dayOnlyProblem(value: unknown, context: { document?: unknown }): true | string {
  return value && !knownToTheDay(context.document)
    ? 'Nettstedet viser bare måned, årstid eller år for dette arrangementet. Tøm feltet, eller velg «Dato» som nøyaktighet hvis dagen er kjent.'
    : true
}

/** A conference, study trip, network meeting, course, workshop or meeting. */
export const event = defineType({
  name: 'event',
  title: 'Arrangement',
  type: 'document',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv navnet på arrangementet.'),
    }),
    // /arrangementer/kommende/ is the site's paged list of upcoming events; an event there would lose its page.
    // /arrangementer/kalender.ics is the calendar of all events; an event's own calendar file would take its name.
    slugField({
      reserved: {
        kommende: 'listen over kommende arrangementer (/arrangementer/kommende/)',
        kalender: 'kalenderfilen med alle arrangementer (/arrangementer/kalender.ics)',
      },
    }),
    defineField({
      name: 'eventType',
      title: 'Type',
      type: 'string',
      options: { list: listOptions(EVENT_TYPES), layout: 'radio' },
      validation: (rule) => rule.required().error('Velg hva slags arrangement dette er.'),
    }),
    defineField({
      name: 'startDate',
      title: 'Startdato',
      type: 'date',
      validation: (rule) => rule.required().error('Fyll inn datoen arrangementet starter.'),
    }),
    defineField({
      name: 'endDate',
      title: 'Sluttdato',
      type: 'date',
      description: 'Tom: arrangementet varer én dag.',
      hidden: hiddenUnlessDay,
      validation: (rule) => rule.custom(dayOnlyProblem).warning(),
    }),
    defineField({
      name: 'datePrecision',
      title: DATE_PRECISION_TITLE,
      type: 'string',
      description:
        'Velg «Dato» når dagen er kjent. Kjenner du bare måneden, årstiden eller året, velg det og sett startdatoen til første dag i perioden. Nettstedet viser da bare perioden («desember 2019», «høsten 2016», «2016»), uten sluttdato og klokkeslett, og arrangementet kommer ikke med i kalenderfilene.',
      options: { list: listOptions(DATE_PRECISIONS), layout: 'radio' },
      initialValue: 'day',
    }),
    defineField({
      name: 'startTime',
      title: 'Starttid',
      type: 'string',
      description: 'TT:MM, norsk tid. Tom: hele dagen.',
      hidden: hiddenUnlessDay,
      validation: (rule) => [
        rule.regex(TIME_PATTERN).error('Skriv tiden som TT:MM, for eksempel 09:30.'),
        rule.custom(dayOnlyProblem).warning(),
      ],
    }),
    defineField({
      name: 'endTime',
      title: 'Sluttid',
      type: 'string',
      description: 'TT:MM, norsk tid.',
      hidden: hiddenUnlessDay,
      validation: (rule) => [
        rule.regex(TIME_PATTERN).error('Skriv tiden som TT:MM, for eksempel 15:00.'),
        rule.custom(dayOnlyProblem).warning(),
      ],
    }),
    defineField({
      name: 'format',
      title: 'Form',
      type: 'string',
      options: { list: listOptions(EVENT_FORMATS), layout: 'radio' },
    }),
    defineField({ name: 'location', title: 'Sted', type: 'eventLocation' }),
    referenceArrayField({ name: 'organisers', title: 'Arrangører', to: ['organisation'] }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'richText' }),
    urlField({ name: 'registrationUrl', title: 'Lenke til påmelding' }),
    referenceArrayField({ name: 'focusAreas', title: 'Strategiområder', to: ['focusArea'] }),
    referenceArrayField({ name: 'measures', title: 'Tiltak', to: ['measure'] }),
  ],
  validation: (rule) => [rule.custom(noPlaceholderText), rule.custom(eventTimeProblems)],
  orderings: [
    {
      title: 'Dato, nyeste først',
      name: 'startDesc',
      by: [{ field: 'startDate', direction: 'desc' }],
    },
    {
      title: 'Dato, eldste først',
      name: 'startAsc',
      by: [{ field: 'startDate', direction: 'asc' }],
    },
  ],
  preview: {
    select: { title: 'title', startDate: 'startDate', eventType: 'eventType' },
    prepare: ({ title, startDate, eventType }) => ({
      title,
      subtitle: [titleOf(EVENT_TYPES, eventType), startDate].filter(Boolean).join(' · '),
    }),
  },
})
