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
      description:
        'Helst høyst 60 tegn: lengre tekst kan bli kuttet i søkeresultater. Tom: sidens tittel brukes.',
      validation: (rule) =>
        rule
          .max(60)
          .warning(
            'Tittelen er over 60 tegn og kan bli kuttet i søkeresultater. Kort den ned om du kan.',
          ),
    }),
    defineField({
      name: 'description',
      title: 'Beskrivelse i søkeresultat',
      type: 'text',
      rows: 3,
      description:
        'Helst høyst 160 tegn: lengre tekst kan bli kuttet i søkeresultater. Tom: sidens ingress brukes.',
      validation: (rule) =>
        rule
          .max(160)
          .warning(
            'Beskrivelsen er over 160 tegn og kan bli kuttet i søkeresultater. Kort den ned om du kan.',
          ),
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
