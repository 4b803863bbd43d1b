import { CommentIcon } from '@sanity/icons/Comment'
import { defineField, defineType } from 'sanity'
import { listOptions, STATUS_LIGHTS } from '../constants'

/** One dated note in a measure's progress log. */
export const progressEntry = defineType({
  name: 'progressEntry',
  title: 'Framdriftsnotat',
  type: 'object',
  icon: CommentIcon,
  fields: [
    defineField({
      name: 'date',
      title: 'Dato',
      type: 'date',
      validation: (rule) => rule.required().error('Fyll inn datoen notatet gjelder.'),
    }),
    defineField({ name: 'title', title: 'Overskrift', type: 'string' }),
    defineField({
      name: 'text',
      title: 'Tekst',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().error('Skriv hva som har skjedd.'),
    }),
    defineField({
      name: 'light',
      title: 'Status på denne datoen',
      type: 'string',
      options: { list: listOptions(STATUS_LIGHTS), layout: 'radio' },
    }),
  ],
  preview: {
    select: { title: 'date', subtitle: 'text' },
  },
})
