import { HashIcon } from '@sanity/icons/Hash'
import { defineField, defineType } from 'sanity'
import { validityFields } from '../fields/validityFields'

/** A municipality number and when it was valid (numbers changed with the county reforms). */
export const numberPeriod = defineType({
  name: 'numberPeriod',
  title: 'Kommunenummer i perioden',
  type: 'object',
  icon: HashIcon,
  fields: [
    defineField({
      name: 'number',
      title: 'Kommunenummer',
      type: 'string',
      description: 'Fire sifre, for eksempel 5503.',
      validation: (rule) => [
        rule.required().error('Skriv kommunenummeret med fire sifre.'),
        rule
          .regex(/^\d{4}$/)
          .error('Kommunenummeret skal ha nøyaktig fire sifre, for eksempel 5503.'),
      ],
    }),
    ...validityFields(),
  ],
  preview: {
    select: { title: 'number', subtitle: 'from' },
  },
})
