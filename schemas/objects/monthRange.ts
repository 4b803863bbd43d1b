import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'
import { endAfterStart } from '../validation/ranges'

/** Pattern of a `YYYY-MM` month string. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** A period known to the month (sources often give only «november 2018»). */
export const monthRange = defineType({
  name: 'monthRange',
  title: 'Periode (måned)',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({
      name: 'start',
      title: 'Fra måned',
      type: 'string',
      description: 'Skriv år og måned som ÅÅÅÅ-MM, for eksempel 2018-11.',
      validation: (rule) => [
        rule.required().error('Skriv startmåneden som ÅÅÅÅ-MM, for eksempel 2018-11.'),
        rule.regex(MONTH_PATTERN).error('Skriv måneden som ÅÅÅÅ-MM, for eksempel 2018-11.'),
      ],
    }),
    defineField({
      name: 'end',
      title: 'Til måned',
      type: 'string',
      description: 'ÅÅÅÅ-MM. Tom: perioden pågår fortsatt.',
      validation: (rule) => [
        rule.regex(MONTH_PATTERN).error('Skriv måneden som ÅÅÅÅ-MM, for eksempel 2021-12.'),
        rule.custom(endAfterStart),
      ],
    }),
  ],
  preview: {
    select: { title: 'start', subtitle: 'end' },
  },
})
