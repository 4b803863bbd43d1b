import { TaskIcon } from '@sanity/icons/Task'
import { defineField, defineType } from 'sanity'
import { listOptions, RED_REASONS, STATUS_LIGHTS } from '../constants'
import { redReasonProblem } from '../validation/redReason'

/** A measure's traffic-light status. «Ikke rapportert» is a deliberate choice, never a missing value. */
export const measureStatus = defineType({
  name: 'measureStatus',
  title: 'Status',
  type: 'object',
  icon: TaskIcon,
  fields: [
    defineField({
      name: 'light',
      title: 'Trafikklys',
      type: 'string',
      description: 'Velg «Ikke rapportert» når kildene ikke oppgir status.',
      options: { list: listOptions(STATUS_LIGHTS), layout: 'radio' },
      validation: (rule) =>
        rule.required().error('Velg en status. Velg «Ikke rapportert» hvis ingen status er kjent.'),
    }),
    defineField({
      name: 'reason',
      title: 'Årsak til rødt',
      type: 'string',
      options: { list: listOptions(RED_REASONS), layout: 'radio' },
      hidden: ({ parent }) => (parent as { light?: string } | undefined)?.light !== 'red',
      validation: (rule) =>
        rule.custom(
          (reason, context) =>
            redReasonProblem((context.parent as { light?: string } | undefined)?.light, reason) ??
            true,
        ),
    }),
    defineField({
      name: 'label',
      title: 'Statustekst',
      type: 'string',
      description: 'Valgfri kort tekst, for eksempel «Under arbeid». Tom: statusens standardtekst.',
    }),
    defineField({
      name: 'asOf',
      title: 'Status per',
      type: 'date',
      description: 'Datoen statusen sist ble vurdert, for eksempel 2020-06-12.',
    }),
  ],
  preview: {
    select: { title: 'light', subtitle: 'label' },
  },
})
