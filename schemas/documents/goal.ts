import { TargetIcon } from '@sanity/icons/Target'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { referenceArrayField } from '../fields/referenceArrayField'
import { slugField } from '../fields/slugField'
import { noPlaceholderText } from '../validation/placeholderText'
import { prosjektSlugIsFree } from '../validation/prosjektSlug'

/** A goal (mål) under a focus area, with its strategies and indicators. */
export const goal = defineType({
  name: 'goal',
  title: 'Mål',
  type: 'document',
  icon: TargetIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv målet.'),
    }),
    slugField({ unique: prosjektSlugIsFree }),
    defineField({
      name: 'focusArea',
      title: 'Strategiområde',
      type: 'reference',
      to: [{ type: 'focusArea' }],
      validation: (rule) => rule.required().error('Velg strategiområdet målet hører til.'),
    }),
    defineField({
      name: 'order',
      title: 'Rekkefølge',
      type: 'number',
      description: 'Lavest vises først innenfor strategiområdet.',
      validation: (rule) => rule.integer().min(0).error('Skriv et helt tall, for eksempel 1.'),
    }),
    defineField({
      name: 'strategies',
      title: 'Strategier',
      type: 'array',
      description: 'Tiltakene under målet knyttes til en av disse.',
      of: [defineArrayMember({ type: 'strategy' })],
    }),
    defineField({ name: 'description', title: 'Informasjon', type: 'richText' }),
    referenceArrayField({ name: 'contacts', title: 'Kontaktpersoner', to: ['person'] }),
    defineField({
      name: 'indicators',
      title: 'Indikatorer',
      type: 'array',
      of: [defineArrayMember({ type: 'indicator' })],
    }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    {
      title: 'Strategiområde og rekkefølge',
      name: 'focusAreaOrder',
      by: [
        { field: 'focusArea.title', direction: 'asc' },
        { field: 'order', direction: 'asc' },
      ],
    },
    { title: 'Tittel', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', subtitle: 'focusArea.title' },
  },
})
