import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { urlField } from '../fields/urlField'

/** A titled external link («Relevante lenker og dokumenter»). */
export const link = defineType({
  name: 'link',
  title: 'Lenke',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Lenketekst',
      type: 'string',
      description: 'Si hvor lenken fører, ikke «les mer» eller «klikk her».',
      validation: (rule) =>
        rule.required().error('Skriv en lenketekst som sier hvor lenken fører.'),
    }),
    urlField({
      name: 'url',
      title: 'Adresse',
      description: 'Full adresse som begynner med https://, http:// eller mailto:.',
      required: true,
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'url' },
  },
})
