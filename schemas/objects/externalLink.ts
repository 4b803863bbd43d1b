import { LaunchIcon } from '@sanity/icons/Launch'
import { defineField, defineType } from 'sanity'
import { urlField } from '../fields/urlField'

/** Portable Text annotation linking to another website. */
export const externalLink = defineType({
  name: 'externalLink',
  title: 'Ekstern lenke',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    urlField({
      name: 'href',
      title: 'Adresse',
      description: 'Full adresse som begynner med https://, http:// eller mailto:.',
      required: true,
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
