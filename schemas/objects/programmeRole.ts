import { UsersIcon } from '@sanity/icons/Users'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { listOptions, PROGRAMME_ROLES, titleOf } from '../constants'

/** A role in the programme organisation and everyone who has held it. */
export const programmeRole = defineType({
  name: 'programmeRole',
  title: 'Rolle i programmet',
  type: 'object',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'role',
      title: 'Rolle',
      type: 'string',
      options: { list: listOptions(PROGRAMME_ROLES), layout: 'radio' },
      validation: (rule) => rule.required().error('Velg hvilken rolle dette er.'),
    }),
    defineField({
      name: 'holders',
      title: 'Innehavere',
      type: 'array',
      description: 'De som har hatt rollen, i tidsrekkefølge.',
      of: [defineArrayMember({ type: 'roleHolder' })],
      validation: (rule) => rule.required().min(1).error('Legg til minst én som har hatt rollen.'),
    }),
  ],
  preview: {
    select: { title: 'role', subtitle: 'holders.0.label' },
    prepare: ({ title, subtitle }) => ({
      title: titleOf(PROGRAMME_ROLES, title) ?? title,
      subtitle,
    }),
  },
})
