import { BookIcon } from '@sanity/icons/Book'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { notSelf } from '../fields/notSelf'
import { referenceArrayField } from '../fields/referenceArrayField'
import { slugField } from '../fields/slugField'
import { urlField } from '../fields/urlField'
import { noPlaceholderText } from '../validation/placeholderText'

/** A strategic plan the programme's focus areas belong to. */
export const plan = defineType({
  name: 'plan',
  title: 'Plan',
  type: 'document',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv planens fulle tittel.'),
    }),
    defineField({
      name: 'shortTitle',
      title: 'Kort tittel',
      type: 'string',
      description: 'Brukes i lister, for eksempel «Re:tenk».',
    }),
    slugField(),
    defineField({
      name: 'owner',
      title: 'Eier',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    defineField({ name: 'period', title: 'Planperiode', type: 'yearRange' }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'text', rows: 4 }),
    referenceArrayField({ name: 'focusAreas', title: 'Strategiområder', to: ['focusArea'] }),
    defineField({
      name: 'crossCuttingThemes',
      title: 'Gjennomgående tema',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'predecessor',
      title: 'Erstatter planen',
      type: 'reference',
      to: [{ type: 'plan' }],
      options: { filter: notSelf },
    }),
    urlField({ name: 'documentUrl', title: 'Lenke til plandokumentet' }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    {
      title: 'Planperiode, nyeste først',
      name: 'periodDesc',
      by: [{ field: 'period.startYear', direction: 'desc' }],
    },
    { title: 'Tittel', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', startYear: 'period.startYear', endYear: 'period.endYear' },
    prepare: ({ title, startYear, endYear }) => ({
      title,
      subtitle: [startYear, endYear].filter(Boolean).join('–'),
    }),
  },
})
