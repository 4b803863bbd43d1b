import { MenuIcon } from '@sanity/icons/Menu'
import { defineField, defineType } from 'sanity'

/** One entry of the main navigation, pointing at a path on this site. */
export const navItem = defineType({
  name: 'navItem',
  title: 'Menypunkt',
  type: 'object',
  icon: MenuIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tekst i menyen',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv teksten som skal stå i menyen.'),
    }),
    defineField({
      name: 'href',
      title: 'Sti på nettstedet',
      type: 'string',
      description: 'Begynner med /, for eksempel /strategiomrader/.',
      validation: (rule) => [
        rule.required().error('Skriv stien menypunktet skal gå til, for eksempel /aktuelt/.'),
        rule
          .regex(/^\/(?!\/)\S*$/)
          .error('Stien må begynne med én skråstrek og ikke ha mellomrom, for eksempel /aktuelt/.'),
      ],
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'href' },
  },
})
