import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'

/** An image that always carries an alternative text for screen readers. */
export const imageWithAlt = defineType({
  name: 'imageWithAlt',
  title: 'Bilde',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternativ tekst',
      type: 'string',
      description: 'Beskriv hva bildet viser for den som ikke ser det. Påkrevd.',
      validation: (rule) =>
        rule.required().error('Skriv en alternativ tekst som beskriver hva bildet viser.'),
    }),
    defineField({
      name: 'caption',
      title: 'Bildetekst',
      type: 'string',
      description: 'Vises under bildet. Oppgi gjerne fotograf.',
    }),
  ],
  preview: {
    select: { title: 'alt', subtitle: 'caption', media: 'asset' },
  },
})
