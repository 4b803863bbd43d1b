import { UsersIcon } from '@sanity/icons/Users'
import { defineField, defineType } from 'sanity'
import { ORGANISATION_TYPES, titleOf } from '../constants'
import type { ValueOf } from '../constants'
import { validityFields } from '../fields/validityFields'

/** The organisation type of regional councils: the only organisations a municipality is a council member of. */
const REGIONAL_COUNCIL: ValueOf<typeof ORGANISATION_TYPES> = 'regionrad'

/** A municipality's membership of a regional council, and when. */
export const councilMembership = defineType({
  name: 'councilMembership',
  title: 'Medlemskap i regionråd',
  type: 'object',
  icon: UsersIcon,
  fields: [
    defineField({
      name: 'council',
      title: 'Regionråd',
      type: 'reference',
      to: [{ type: 'organisation' }],
      description: `Bare organisasjoner av typen «${titleOf(ORGANISATION_TYPES, REGIONAL_COUNCIL)}» kan velges.`,
      options: { filter: 'orgType == $orgType', filterParams: { orgType: REGIONAL_COUNCIL } },
      validation: (rule) => rule.required().error('Velg regionrådet kommunen var medlem av.'),
    }),
    ...validityFields(),
  ],
  preview: {
    select: { title: 'council.name', subtitle: 'from' },
  },
})
