import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { DATE_PRECISIONS, EVENT_FORMATS, EVENT_TYPES, listOptions, titleOf } from '../constants'
import { referenceArrayField } from '../fields/referenceArrayField'
import { slugField } from '../fields/slugField'
import { urlField } from '../fields/urlField'
import { noPlaceholderText } from '../validation/placeholderText'
import { eventTimeProblems } from '../validation/ranges'

/** Pattern of an `HH:MM` clock time. */
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

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
    }),
    defineField({
      name: 'datePrecision',
      title: 'Hvor sikker er datoen?',
      type: 'string',
      description:
        'Er bare måned, årstid eller år kjent: velg det, og sett datoen til første dag i perioden.',
      options: { list: listOptions(DATE_PRECISIONS), layout: 'radio' },
      initialValue: 'day',
    }),
    defineField({
      name: 'startTime',
      title: 'Starttid',
      type: 'string',
      description: 'TT:MM, norsk tid. Tom: hele dagen.',
      validation: (rule) =>
        rule.regex(TIME_PATTERN).error('Skriv tiden som TT:MM, for eksempel 09:30.'),
    }),
    defineField({
      name: 'endTime',
      title: 'Sluttid',
      type: 'string',
      description: 'TT:MM, norsk tid.',
      validation: (rule) =>
        rule.regex(TIME_PATTERN).error('Skriv tiden som TT:MM, for eksempel 15:00.'),
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
