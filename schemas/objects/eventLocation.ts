import { PinIcon } from '@sanity/icons/Pin'
import { defineField, defineType } from 'sanity'

/** Where an event takes place. */
export const eventLocation = defineType({
  name: 'eventLocation',
  title: 'Sted',
  type: 'object',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Stedsnavn',
      type: 'string',
      description: 'For eksempel et hotell.',
    }),
    defineField({ name: 'address', title: 'Adresse', type: 'string' }),
    defineField({
      name: 'municipality',
      title: 'Kommune',
      type: 'reference',
      to: [{ type: 'municipality' }],
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'municipality.name' },
  },
})
