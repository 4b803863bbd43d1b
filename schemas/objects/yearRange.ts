import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'

/** A plan period in whole years, e.g. 2020–2023. */
export const yearRange = defineType({
  name: 'yearRange',
  title: 'Periode (år)',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'startYear',
      title: 'Fra år',
      type: 'number',
      validation: (rule) =>
        rule
          .integer()
          .min(1900)
          .max(2100)
          .error('Skriv et årstall med fire sifre, for eksempel 2020.'),
    }),
    defineField({
      name: 'endYear',
      title: 'Til år',
      type: 'number',
      validation: (rule) =>
        rule
          .integer()
          .min(1900)
          .max(2100)
          .error('Skriv et årstall med fire sifre, for eksempel 2023.'),
    }),
  ],
  preview: {
    select: { title: 'startYear', subtitle: 'endYear' },
  },
})
