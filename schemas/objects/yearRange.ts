import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'
import { endYearAfterStartYear } from '../validation/ranges'

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
      description: 'Samme år som «Fra år» eller senere.',
      validation: (rule) => [
        rule
          .integer()
          .min(1900)
          .max(2100)
          .error('Skriv et årstall med fire sifre, for eksempel 2023.'),
        rule.custom(endYearAfterStartYear),
      ],
    }),
  ],
  preview: {
    select: { title: 'startYear', subtitle: 'endYear' },
  },
})
