import { ClockIcon } from '@sanity/icons/Clock'
import { defineField, defineType } from 'sanity'

/** A measure's deadline, as text when the source gives no exact date. */
export const deadline = defineType({
  name: 'deadline',
  title: 'Tidsfrist',
  type: 'object',
  icon: ClockIcon,
  fields: [
    defineField({
      name: 'text',
      title: 'Tidsfrist som tekst',
      type: 'string',
      description: 'For eksempel «Lanseres i 2020».',
    }),
    defineField({ name: 'date', title: 'Dato', type: 'date' }),
  ],
  preview: {
    select: { title: 'text', subtitle: 'date' },
  },
})
