import { BarChartIcon } from '@sanity/icons/BarChart'
import { defineArrayMember, defineField, defineType } from 'sanity'

/** A measurable indicator of a goal, with baseline, target and dated values. */
export const indicator = defineType({
  name: 'indicator',
  title: 'Indikator',
  type: 'object',
  icon: BarChartIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv hva indikatoren måler.'),
    }),
    defineField({
      name: 'unit',
      title: 'Enhet',
      type: 'string',
      description: 'For eksempel «antall», «prosent» eller «kroner».',
    }),
    defineField({ name: 'baseline', title: 'Utgangsverdi', type: 'number' }),
    defineField({ name: 'target', title: 'Målverdi', type: 'number' }),
    defineField({
      name: 'values',
      title: 'Målinger',
      type: 'array',
      of: [defineArrayMember({ type: 'indicatorValue' })],
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'unit' },
  },
})
