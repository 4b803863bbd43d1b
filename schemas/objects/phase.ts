import { TimelineIcon } from '@sanity/icons/Timeline'
import { defineField, defineType } from 'sanity'

/** A phase of the programme, e.g. Ofoten joining in spring 2019. */
export const phase = defineType({
  name: 'phase',
  title: 'Fase',
  type: 'object',
  icon: TimelineIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Navn på fasen',
      type: 'string',
      validation: (rule) => rule.required().error('Gi fasen et navn.'),
    }),
    defineField({
      name: 'period',
      title: 'Periode',
      type: 'monthRange',
      validation: (rule) => rule.required().error('Fyll inn når fasen startet.'),
    }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'text', rows: 3 }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'period.start' },
  },
})
