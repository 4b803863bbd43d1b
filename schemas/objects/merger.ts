import { SplitVerticalIcon } from '@sanity/icons/SplitVertical'
import { defineField, defineType } from 'sanity'

/** A former municipality that was merged into this one. */
export const merger = defineType({
  name: 'merger',
  title: 'Sammenslått kommune',
  type: 'object',
  icon: SplitVerticalIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn på tidligere kommune',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv navnet på kommunen som ble slått sammen.'),
    }),
    defineField({
      name: 'number',
      title: 'Tidligere kommunenummer',
      type: 'string',
      validation: (rule) =>
        rule
          .regex(/^\d{4}$/)
          .error('Kommunenummeret skal ha nøyaktig fire sifre, for eksempel 1913.'),
    }),
    defineField({ name: 'date', title: 'Dato for sammenslåingen', type: 'date' }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'date' },
  },
})
