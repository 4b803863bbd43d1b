import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'

/** Who held a programme role, and when (roles moved from Sør-Troms regionråd to Hålogalandsrådet). */
export const roleHolder = defineType({
  name: 'roleHolder',
  title: 'Innehaver av rollen',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Tekst som vises',
      type: 'string',
      description: 'For eksempel «Sør-Troms regionråd ved ordførerne».',
      validation: (rule) =>
        rule.required().error('Skriv hvem som har rollen, slik det skal vises.'),
    }),
    defineField({
      name: 'organisation',
      title: 'Organisasjon',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    defineField({ name: 'person', title: 'Person', type: 'reference', to: [{ type: 'person' }] }),
    defineField({
      name: 'period',
      title: 'Periode',
      type: 'monthRange',
      description: 'Når rollen ble holdt. Tom: hele programperioden.',
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'period.start' },
  },
})
