import { ThLargeIcon } from '@sanity/icons/ThLarge'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { DIMENSIONS, listOptions } from '../constants'
import { slugField } from '../fields/slugField'
import { noPlaceholderText } from '../validation/placeholderText'

/** A focus area (strategiområde) of a plan. */
export const focusArea = defineType({
  name: 'focusArea',
  title: 'Strategiområde',
  type: 'document',
  icon: ThLargeIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv navnet på strategiområdet.'),
    }),
    slugField(),
    defineField({
      name: 'order',
      title: 'Rekkefølge',
      type: 'number',
      description: 'Lavest vises først innenfor planen.',
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(0)
          .error('Skriv et helt tall for rekkefølgen, for eksempel 1.'),
    }),
    defineField({
      name: 'plan',
      title: 'Plan',
      type: 'reference',
      to: [{ type: 'plan' }],
      validation: (rule) => rule.required().error('Velg planen strategiområdet hører til.'),
    }),
    defineField({ name: 'intro', title: 'Ingress', type: 'text', rows: 4 }),
    defineField({ name: 'overallGoal', title: 'Overordnet mål', type: 'string' }),
    defineField({
      name: 'guidingQuestions',
      title: 'Spørsmål som styrer arbeidet',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'dimensions',
      title: 'Attraktivitet',
      type: 'array',
      description: 'Hvilke dimensjoner i Attraktivitetsmodellen området styrker.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: listOptions(DIMENSIONS), layout: 'grid' },
    }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  orderings: [
    {
      title: 'Plan og rekkefølge',
      name: 'planOrder',
      by: [
        { field: 'plan.title', direction: 'asc' },
        { field: 'order', direction: 'asc' },
      ],
    },
    { title: 'Tittel', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', plan: 'plan.shortTitle', order: 'order' },
    prepare: ({ title, plan, order }) => ({
      title,
      subtitle: [plan, order === undefined ? undefined : `nr. ${order}`]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
