import { ArrowRightIcon } from '@sanity/icons/ArrowRight'
import { defineField, defineType } from 'sanity'

/** A strategy under a goal; measures point at it by its `_key`. */
export const strategy = defineType({
  name: 'strategy',
  title: 'Strategi',
  type: 'object',
  icon: ArrowRightIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Strategi',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv strategien.'),
    }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'text', rows: 3 }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description' },
  },
})
