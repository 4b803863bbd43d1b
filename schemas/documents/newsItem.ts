import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { referenceArrayField } from '../fields/referenceArrayField'
import { slugField } from '../fields/slugField'
import { formatNbDate } from '../ui/statusText'
import { noPlaceholderText } from '../validation/placeholderText'
import { osloToday } from '../validation/today'

/** The day a news item was published, as Norwegian prose («12. juni 2020»), taken in Norway. */
function publishedDay(publishedAt: unknown): string | undefined {
  if (typeof publishedAt !== 'string') return undefined
  const instant = new Date(publishedAt)
  return Number.isNaN(instant.getTime()) ? undefined : formatNbDate(osloToday(instant))
}

/** A news article (aktuelt). */
export const newsItem = defineType({
  name: 'newsItem',
  title: 'Nyhet',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en tittel.'),
    }),
    slugField(),
    defineField({
      name: 'publishedAt',
      title: 'Publisert',
      type: 'datetime',
      description:
        'Når saken ble publisert. Nye saker får tidspunktet de ble opprettet; endre det ved behov.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('Fyll inn når saken ble publisert.'),
    }),
    defineField({
      name: 'lead',
      title: 'Ingress',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Skriv en kort ingress som oppsummerer saken.'),
    }),
    defineField({ name: 'body', title: 'Brødtekst', type: 'richText' }),
    defineField({ name: 'image', title: 'Hovedbilde', type: 'imageWithAlt' }),
    defineField({
      name: 'author',
      title: 'Skrevet av',
      type: 'reference',
      to: [{ type: 'person' }],
    }),
    referenceArrayField({ name: 'focusAreas', title: 'Strategiområder', to: ['focusArea'] }),
    referenceArrayField({ name: 'measures', title: 'Tiltak', to: ['measure'] }),
    referenceArrayField({ name: 'municipalities', title: 'Kommuner', to: ['municipality'] }),
    defineField({ name: 'seo', title: 'Søkemotorer og deling', type: 'seo' }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    {
      title: 'Publisert, nyeste først',
      name: 'publishedDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', media: 'image' },
    prepare: ({ title, publishedAt, media }) => ({
      title,
      subtitle: publishedDay(publishedAt),
      media,
    }),
  },
})
