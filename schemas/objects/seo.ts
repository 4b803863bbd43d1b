import { SearchIcon } from '@sanity/icons/Search'
import { defineField, defineType } from 'sanity'

/** Search-engine and sharing metadata; empty fields fall back to the page's own title and lead. */
export const seo = defineType({
  name: 'seo',
  title: 'Søkemotorer og deling',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel i søkeresultat',
      type: 'string',
      description: 'Høyst 60 tegn. Tom: sidens tittel brukes.',
      validation: (rule) => rule.max(60).error('Kort ned tittelen til høyst 60 tegn.'),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivelse i søkeresultat',
      type: 'text',
      rows: 3,
      description: 'Høyst 160 tegn. Tom: sidens ingress brukes.',
      validation: (rule) => rule.max(160).error('Kort ned beskrivelsen til høyst 160 tegn.'),
    }),
    defineField({
      name: 'image',
      title: 'Delingsbilde',
      type: 'imageWithAlt',
      description: 'Vises når siden deles i sosiale medier.',
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'description', media: 'image' },
  },
})
