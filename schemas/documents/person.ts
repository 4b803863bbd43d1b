import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'
import { listOptions, TEAM_ROLES } from '../constants'
import { phoneField } from '../fields/phoneField'
import { slugField } from '../fields/slugField'
import { noPlaceholderText } from '../validation/placeholderText'
import { emailProblem } from '../validation/contact'
import { emailMatchesOrganisation } from '../validation/emailDomain'

/** A contact person or næringsteam member; one edit updates every page that names them. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv personens fulle navn.'),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'role',
      title: 'Stilling',
      type: 'string',
      description: 'For eksempel «Daglig leder».',
    }),
    defineField({
      name: 'organisation',
      title: 'Organisasjon',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    defineField({
      name: 'municipality',
      title: 'Kommune',
      type: 'reference',
      to: [{ type: 'municipality' }],
      // The næringsteam page groups members by municipality (site/src/pages/om/naeringsteam.astro).
      validation: (rule) =>
        rule
          .custom((municipality, context) =>
            (context.document as { naeringsteam?: unknown } | undefined)?.naeringsteam === true &&
            !municipality
              ? 'Velg kommunen personen jobber i, ellers vises personen under «Felles for regionen» på siden om næringsteamet.'
              : true,
          )
          .warning(),
    }),
    defineField({
      name: 'naeringsteam',
      title: 'Med i næringsteamet',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'teamRole',
      title: 'Rolle i næringsteamet',
      type: 'string',
      options: { list: listOptions(TEAM_ROLES), layout: 'radio' },
      hidden: ({ document }) => !document?.naeringsteam,
    }),
    defineField({
      name: 'email',
      title: 'E-post',
      type: 'string',
      description: 'Bare jobbadresse som personen selv har publisert.',
      validation: (rule) => [
        rule.custom((email) => emailProblem(email) ?? true),
        rule.custom(emailMatchesOrganisation).warning(),
      ],
    }),
    phoneField({ name: 'phone', title: 'Telefon', description: 'Bare jobbnummer. Åtte sifre.' }),
    defineField({ name: 'image', title: 'Portrett', type: 'imageWithAlt' }),
    defineField({ name: 'note', title: 'Merknad', type: 'text', rows: 3 }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    { title: 'Navn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
    {
      title: 'Næringsteam først',
      name: 'teamFirst',
      by: [
        { field: 'naeringsteam', direction: 'desc' },
        { field: 'name', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'name', role: 'role', organisation: 'organisation.name', media: 'image' },
    prepare: ({ title, role, organisation, media }) => ({
      title,
      subtitle: [role, organisation].filter(Boolean).join(', '),
      media,
    }),
  },
})
