import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'

/** Types an internal link may point at: everything that has its own page on the site. */
export const INTERNAL_LINK_TARGETS = [
  'measure',
  'goal',
  'focusArea',
  'municipality',
  'event',
  'newsItem',
  'page',
  'plan',
] as const

/** Portable Text annotation linking to another document, so the link follows renamed slugs. */
export const internalLink = defineType({
  name: 'internalLink',
  title: 'Intern lenke',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Lenker til',
      type: 'reference',
      to: INTERNAL_LINK_TARGETS.map((type) => ({ type })),
      validation: (rule) => rule.required().error('Velg hvilken side lenken skal gå til.'),
    }),
  ],
  preview: {
    select: { title: 'reference.title', subtitle: 'reference._type' },
  },
})
