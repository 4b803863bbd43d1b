import { InfoOutlineIcon } from '@sanity/icons/InfoOutline'
import { defineField, defineType } from 'sanity'
import { listOptions, STATUS_LIGHTS, titleOf } from '../constants'
import { LIGHT_ICONS } from '../ui/lightIcons'
import { knownLight } from '../ui/statusText'

/** One line of the traffic-light legend shown beside measure statuses. */
export const legendEntry = defineType({
  name: 'legendEntry',
  title: 'Forklaring av status',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'light',
      title: 'Status',
      type: 'string',
      options: { list: listOptions(STATUS_LIGHTS), layout: 'radio' },
      validation: (rule) => rule.required().error('Velg hvilken status forklaringen gjelder.'),
    }),
    defineField({
      name: 'label',
      title: 'Kort tekst',
      type: 'string',
      description: 'For eksempel «Gjennomført».',
      validation: (rule) => rule.required().error('Skriv en kort tekst for statusen.'),
    }),
    defineField({
      name: 'description',
      title: 'Forklaring',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.required().error('Forklar hva statusen betyr.'),
    }),
  ],
  preview: {
    select: { title: 'label', light: 'light' },
    prepare: ({ title, light }) => ({
      title,
      subtitle: titleOf(STATUS_LIGHTS, light),
      media: light ? LIGHT_ICONS[knownLight(light)] : undefined,
    }),
  },
})
