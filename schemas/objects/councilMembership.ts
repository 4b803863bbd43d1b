import { UsersIcon } from '@sanity/icons/Users'
import { defineField, defineType } from 'sanity'
import { validityFields } from '../fields/validityFields'

/** A municipality's membership of a regional council, and when. */
export const councilMembership = defineType({
  name: 'councilMembership',
  title: 'Medlemskap i regionråd',
  type: 'object',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'council',
      title: 'Regionråd',
      type: 'reference',
      to: [{ type: 'organisation' }],
      validation: (rule) => rule.required().error('Velg regionrådet kommunen var medlem av.'),
    }),
    ...validityFields(),
  ],
  preview: {
    select: { title: 'council.name', subtitle: 'from' },
  },
})
