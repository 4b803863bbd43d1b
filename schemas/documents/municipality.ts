import { HomeIcon } from '@sanity/icons/Home'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { listOptions, REGIONS, titleOf } from '../constants'
import { emailField } from '../fields/emailField'
import { phoneField } from '../fields/phoneField'
import { slugField } from '../fields/slugField'
import { urlField } from '../fields/urlField'
import { WEB_SCHEMES } from '../validation/contact'
import { noPlaceholderText } from '../validation/placeholderText'

/** One of the member municipalities, with its dated county, number and council history. */
export const municipality = defineType({
  name: 'municipality',
  title: 'Kommune',
  type: 'document',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Navn',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv kommunens navn.'),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'sameName',
      title: 'Samisk navn',
      type: 'string',
      description: 'Nordsamisk navn. Vises med språkkode «se».',
    }),
    defineField({
      name: 'region',
      title: 'Region',
      type: 'string',
      options: { list: listOptions(REGIONS), layout: 'radio' },
      validation: (rule) => rule.required().error('Velg regionen kommunen hører til.'),
    }),
    defineField({
      name: 'countyHistory',
      title: 'Fylkestilhørighet',
      type: 'array',
      of: [defineArrayMember({ type: 'countyPeriod' })],
    }),
    defineField({
      name: 'numberHistory',
      title: 'Kommunenummer',
      type: 'array',
      of: [defineArrayMember({ type: 'numberPeriod' })],
    }),
    defineField({ name: 'adminCentre', title: 'Administrasjonssenter', type: 'string' }),
    urlField({ name: 'website', title: 'Nettsted', schemes: WEB_SCHEMES }),
    phoneField({ name: 'switchboardPhone', title: 'Sentralbord' }),
    emailField({ name: 'postEmail', title: 'Postmottak (e-post)' }),
    defineField({
      name: 'councilMemberships',
      title: 'Medlemskap i regionråd',
      type: 'array',
      of: [defineArrayMember({ type: 'councilMembership' })],
    }),
    defineField({
      name: 'mergedFrom',
      title: 'Sammenslått fra',
      type: 'array',
      of: [defineArrayMember({ type: 'merger' })],
    }),
    defineField({ name: 'coatOfArms', title: 'Kommunevåpen', type: 'imageWithAlt' }),
    defineField({ name: 'description', title: 'Beskrivelse', type: 'text', rows: 4 }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    { title: 'Navn', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
    {
      title: 'Region, så navn',
      name: 'regionName',
      by: [
        { field: 'region', direction: 'desc' },
        { field: 'name', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'name', region: 'region', media: 'coatOfArms' },
    prepare: ({ title, region, media }) => ({ title, subtitle: titleOf(REGIONS, region), media }),
  },
})
