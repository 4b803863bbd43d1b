import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

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
    defineField({
      name: 'url',
      title: 'Adresse',
      type: 'url',
      description: 'Full adresse som begynner med https://, http:// eller mailto:.',
      validation: (rule) => rule.required().error('Lim inn adressen lenken skal gå til.'),
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'url' },
  },
})
