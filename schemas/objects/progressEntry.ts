import { CommentIcon } from '@sanity/icons/Comment'
import { defineField, defineType } from 'sanity'
import { DATE_PRECISION_TITLE, DATE_PRECISIONS, listOptions, STATUS_LIGHTS } from '../constants'
import { LIGHT_ICONS } from '../ui/lightIcons'
import { formatNbDate, formatNbMonth, knownLight, lightName } from '../ui/statusText'

/** One dated note in a measure's progress log. */
export const progressEntry = defineType({
  name: 'progressEntry',
  title: 'Fremdriftsnotat',
  type: 'object',
  icon: CommentIcon,
  fields: [
    defineField({
      name: 'date',
      title: 'Dato',
      type: 'date',
      validation: (rule) => rule.required().error('Fyll inn datoen notatet gjelder.'),
    }),
    defineField({
      name: 'datePrecision',
      title: DATE_PRECISION_TITLE,
      description:
        'Velg «Måned» når kilden bare oppgir måneden («status per juni 2020»). Skriv da den første dagen i måneden; nettstedet viser bare måneden.',
      type: 'string',
      initialValue: 'day',
      options: {
        list: listOptions(DATE_PRECISIONS.filter((p) => p.value === 'day' || p.value === 'month')),
        layout: 'radio',
      },
    }),
    defineField({ name: 'title', title: 'Overskrift', type: 'string' }),
    defineField({
      name: 'text',
      title: 'Tekst',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().error('Skriv hva som har skjedd.'),
    }),
    defineField({
      name: 'light',
      title: 'Status på denne datoen',
      type: 'string',
      options: { list: listOptions(STATUS_LIGHTS), layout: 'radio' },
    }),
  ],
  preview: {
    select: {
      title: 'date',
      datePrecision: 'datePrecision',
      light: 'light',
      heading: 'title',
      text: 'text',
    },
    // «juni 2020» for a note known only by month, as the site shows it; the status first when there is one.
    prepare: ({ title, datePrecision, light, heading, text }) => ({
      title: (datePrecision === 'month' ? formatNbMonth(title) : formatNbDate(title)) ?? title,
      subtitle: [light ? lightName(knownLight(light)) : undefined, heading || text]
        .filter(Boolean)
        .join(' · '),
      media: light ? LIGHT_ICONS[knownLight(light)] : undefined,
    }),
  },
})
