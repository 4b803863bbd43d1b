import { NumberIcon } from '@sanity/icons/Number'
import { defineField, defineType } from 'sanity'

/** One dated measurement of an indicator. */
export const indicatorValue = defineType({
  name: 'indicatorValue',
  title: 'Måling',
  type: 'object',
  icon: NumberIcon,
  fields: [
    defineField({
      name: 'date',
      title: 'Dato',
      type: 'date',
      validation: (rule) => rule.required().error('Fyll inn datoen målingen gjelder.'),
    }),
    defineField({
      name: 'value',
      title: 'Verdi',
      type: 'number',
      validation: (rule) => rule.required().error('Fyll inn den målte verdien.'),
    }),
    defineField({
      name: 'note',
      title: 'Merknad',
      type: 'string',
      description: 'For eksempel kilde.',
    }),
  ],
  preview: {
    select: { title: 'value', subtitle: 'date' },
  },
})
