import { DocumentIcon } from '@sanity/icons/Document'
import { defineField, defineType } from 'sanity'
import { slugField } from '../fields/slugField'
import { noPlaceholderText } from '../validation/placeholderText'

/** A stand-alone page under /om/, such as the accessibility statement. */
export const page = defineType({
  name: 'page',
  title: 'Side',
  type: 'document',
  icon: DocumentIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv sidens tittel.'),
    }),
    slugField(),
    defineField({ name: 'lead', title: 'Ingress', type: 'text', rows: 3 }),
    defineField({ name: 'body', title: 'Brødtekst', type: 'richText' }),
    defineField({
      name: 'lastReviewed',
      title: 'Sist gjennomgått',
      type: 'date',
      description: 'For tilgjengelighetserklæringen: datoen siden sist ble kontrollert.',
    }),
    defineField({ name: 'seo', title: 'Søkemotorer og deling', type: 'seo' }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [{ title: 'Tittel', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({ title, subtitle: slug ? `/om/${slug}/` : undefined }),
  },
})
