import { CalendarIcon } from '@sanity/icons/Calendar'
import { defineField, defineType } from 'sanity'
import { endAfterStart } from '../validation/ranges'

/** A period known to the day. */
export const dateRange = defineType({
  name: 'dateRange',
  title: 'Periode',
  type: 'object',
  icon: CalendarIcon,
  fields: [
    defineField({ name: 'start', title: 'Fra dato', type: 'date' }),
    defineField({
      name: 'end',
      title: 'Til dato',
      type: 'date',
      description: 'Tom: perioden pågår fortsatt.',
      validation: (rule) => rule.custom(endAfterStart),
    }),
  ],
  preview: {
    select: { title: 'start', subtitle: 'end' },
  },
})
