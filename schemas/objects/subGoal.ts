import { TargetIcon } from '@sanity/icons/Target'
import { defineArrayMember, defineField, defineType } from 'sanity'

/** A sub-goal (delmål) of the programme with its measurable results. */
export const subGoal = defineType({
  name: 'subGoal',
  title: 'Delmål',
  type: 'object',
  icon: TargetIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Delmål',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv delmålet.'),
    }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'text', rows: 3 }),
    defineField({
      name: 'results',
      title: 'Målbare resultater',
      type: 'array',
      description: 'Ett resultat per linje, slik at det kan måles om det er nådd.',
      of: [defineArrayMember({ type: 'string' })],
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description' },
  },
})
