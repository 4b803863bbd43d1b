import { LaunchIcon } from '@sanity/icons/Launch'
import { defineField, defineType } from 'sanity'

/** Portable Text annotation linking to another website. */
export const externalLink = defineType({
  name: 'externalLink',
  title: 'Ekstern lenke',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Adresse',
      type: 'url',
      description: 'Full adresse som begynner med https://, http:// eller mailto:.',
      validation: (rule) => rule.required().error('Lim inn adressen lenken skal gå til.'),
    }),
    defineField({
      name: 'openInNewTab',
      title: 'Åpne i ny fane',
      type: 'boolean',
      description: 'Bruk sjelden: nye faner overrasker mange brukere.',
      initialValue: false,
    }),
  ],
  preview: {
    select: { title: 'href' },
  },
})
