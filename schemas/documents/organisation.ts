import { CaseIcon } from '@sanity/icons/Case'
import { defineField, defineType } from 'sanity'
import { listOptions, ORGANISATION_TYPES, titleOf } from '../constants'
import { notSelf } from '../fields/notSelf'
import { slugField } from '../fields/slugField'
import { urlField } from '../fields/urlField'
import { WEB_SCHEMES } from '../validation/contact'
import { noPlaceholderText } from '../validation/placeholderText'

/** An owner, funder or partner organisation (regional councils, county, university …). */
export const organisation = defineType({
  name: 'organisation',
  title: 'Organisasjon',
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv organisasjonens navn.'),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'shortName',
      title: 'Forkortelse',
      type: 'string',
      description: 'For eksempel «HR» eller «UiT».',
    }),
    defineField({
      name: 'orgType',
      title: 'Type',
      type: 'string',
      options: { list: listOptions(ORGANISATION_TYPES), layout: 'radio' },
      validation: (rule) => rule.required().error('Velg hva slags organisasjon dette er.'),
    }),
    urlField({ name: 'website', title: 'Nettsted', schemes: WEB_SCHEMES }),
    defineField({ name: 'logo', title: 'Logo', type: 'imageWithAlt' }),
    defineField({
      name: 'predecessor',
      title: 'Forgjenger',
      type: 'reference',
      to: [{ type: 'organisation' }],
      options: { filter: notSelf },
      description: 'Organisasjonen denne tok over etter.',
    }),
    defineField({
      name: 'successor',
      title: 'Etterfølger',
      type: 'reference',
      to: [{ type: 'organisation' }],
      options: { filter: notSelf },
      description: 'Organisasjonen som tok over etter denne.',
    }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'text', rows: 4 }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    { title: 'Navn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
    {
      title: 'Type, så navn',
      name: 'typeName',
      by: [
        { field: 'orgType', direction: 'asc' },
        { field: 'name', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'name', orgType: 'orgType', media: 'logo' },
    prepare: ({ title, orgType, media }) => ({
      title,
      subtitle: titleOf(ORGANISATION_TYPES, orgType),
      media,
    }),
  },
})
