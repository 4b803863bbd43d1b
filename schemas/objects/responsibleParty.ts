import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'
import { listOptions, RESPONSIBLE_HEADINGS, titleOf } from '../constants'

/** Who answers for a measure: a person, a municipality or an organisation, under one of three headings. */
export const responsibleParty = defineType({
  name: 'responsibleParty',
  title: 'Ansvarlig/kontakt',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Overskrift',
      type: 'string',
      options: { list: listOptions(RESPONSIBLE_HEADINGS), layout: 'radio' },
      validation: (rule) =>
        rule.required().error('Velg overskriften: Ansvarlig, Prosjektleder eller Kontakt.'),
    }),
    defineField({
      name: 'party',
      title: 'Hvem',
      type: 'reference',
      description: 'Kontaktopplysninger hentes fra personen, kommunen eller organisasjonen.',
      to: [{ type: 'person' }, { type: 'municipality' }, { type: 'organisation' }],
      validation: (rule) => rule.required().error('Velg en person, kommune eller organisasjon.'),
    }),
    defineField({ name: 'note', title: 'Merknad', type: 'string' }),
  ],
  preview: {
    select: { title: 'party.name', heading: 'heading' },
    prepare: ({ title, heading }) => ({ title, subtitle: titleOf(RESPONSIBLE_HEADINGS, heading) }),
  },
})
