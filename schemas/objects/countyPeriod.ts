import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe'
import { defineField, defineType } from 'sanity'
import { validityFields } from '../fields/validityFields'

/** Which county a municipality belonged to, and when. */
export const countyPeriod = defineType({
  name: 'countyPeriod',
  title: 'Fylke i perioden',
  type: 'object',
  icon: EarthGlobeIcon,
  fields: [
    defineField({
      name: 'county',
      title: 'Fylke',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv navnet på fylket.'),
    }),
    ...validityFields(),
  ],
  preview: {
    select: { title: 'county', subtitle: 'from' },
  },
})
