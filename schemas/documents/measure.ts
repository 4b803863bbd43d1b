import { ProjectsIcon } from '@sanity/icons/Projects'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { DIMENSIONS, listOptions } from '../constants'
import { DUPLICATE_REFERENCE_ADVICE, referenceArrayField } from '../fields/referenceArrayField'
import { slugField } from '../fields/slugField'
import { LIGHT_ICONS } from '../ui/lightIcons'
import { knownLight, statusText } from '../ui/statusText'
import { referencedId } from '../validation/contextClient'
import { noPlaceholderText } from '../validation/placeholderText'
import { prosjektSlugIsFree } from '../validation/prosjektSlug'
import { progressLogInOrder } from '../validation/progressLog'
import { selfReferenceProblems } from '../validation/selfReference'
import { strategyOfGoal } from '../validation/strategyKey'

/** A measure (tiltak): the core of the site, with its traffic-light status and progress log. */
export const measure = defineType({
  name: 'measure',
  title: 'Tiltak',
  type: 'document',
  icon: ProjectsIcon,
  groups: [
    { name: 'content', title: 'Innhold', default: true },
    { name: 'status', title: 'Status og fremdrift' },
    { name: 'people', title: 'Ansvar og samarbeidspartnere' },
    { name: 'relations', title: 'Koblinger' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Tittel',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().error('Skriv tiltakets tittel.'),
    }),
    defineField({
      name: 'shortTitle',
      title: 'Kort tittel',
      type: 'string',
      group: 'content',
      description: 'Brukes i lister når tittelen er lang.',
    }),
    slugField({ group: 'content', unique: prosjektSlugIsFree }),
    defineField({
      name: 'goal',
      title: 'Mål',
      type: 'reference',
      group: 'content',
      to: [{ type: 'goal' }],
      validation: (rule) => rule.required().error('Velg målet tiltaket hører til.'),
    }),
    defineField({
      name: 'strategyKey',
      title: 'Strategi',
      type: 'string',
      group: 'content',
      description: 'Velg strategien under målet. Velg mål først.',
      // The Studio offers the chosen goal's strategies (StrategyKeyInput); without a goal there is nothing to offer.
      readOnly: ({ document }) => !referencedId(document, 'goal'),
      validation: (rule) => rule.custom(strategyOfGoal),
    }),
    defineField({
      name: 'number',
      title: 'Tiltaksnummer',
      type: 'number',
      group: 'content',
      description: 'Vises som «Tiltak n» under målet.',
      validation: (rule) => rule.integer().min(1).error('Skriv et helt tall fra 1 og oppover.'),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'measureStatus',
      group: 'status',
      initialValue: { light: 'unreported' },
      validation: (rule) =>
        rule.required().error('Velg en status. Velg «Ikke rapportert» hvis ingen status er kjent.'),
    }),
    defineField({
      name: 'progressLog',
      title: 'Fremdriftslogg',
      type: 'array',
      group: 'status',
      description: 'Daterte notater, eldste først.',
      of: [defineArrayMember({ type: 'progressEntry' })],
      validation: (rule) => rule.custom(progressLogInOrder),
    }),
    defineField({ name: 'period', title: 'Periode', type: 'dateRange', group: 'status' }),
    defineField({ name: 'deadline', title: 'Tidsfrist', type: 'deadline', group: 'status' }),
    defineField({ name: 'about', title: 'Om tiltaket', type: 'richText', group: 'content' }),
    defineField({
      name: 'responsible',
      title: 'Ansvar og kontakt',
      type: 'array',
      group: 'people',
      of: [defineArrayMember({ type: 'responsibleParty' })],
    }),
    referenceArrayField({
      name: 'partners',
      title: 'Samarbeidspartnere',
      to: ['organisation'],
      group: 'people',
    }),
    referenceArrayField({
      name: 'municipalities',
      title: 'Kommuner som deltar',
      to: ['municipality'],
      group: 'relations',
    }),
    defineField({
      name: 'relatedMeasures',
      title: 'Relaterte tiltak',
      type: 'array',
      group: 'relations',
      description: 'Velg selv. Tom: nettstedet viser tiltak under samme mål.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'measure' }] })],
      validation: (rule) => [
        rule.custom((references, context) => {
          const problems = selfReferenceProblems(references, context.document?._id)
          return problems.length === 0 ? true : problems
        }),
        rule.unique().error(DUPLICATE_REFERENCE_ADVICE),
      ],
    }),
    defineField({
      name: 'links',
      title: 'Relevante lenker og dokumenter',
      type: 'array',
      group: 'relations',
      of: [defineArrayMember({ type: 'link' })],
    }),
    defineField({
      name: 'dimensions',
      title: 'Attraktivitet',
      type: 'array',
      group: 'relations',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: listOptions(DIMENSIONS), layout: 'grid' },
    }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  // Sanity resolves `goal.title` through the reference (goal->title). No ordering by status: it would sort the
  // codes alphabetically; the Studio's «Etter status» lists group measures by light instead.
  orderings: [
    {
      title: 'Mål og tiltaksnummer',
      name: 'goalNumber',
      by: [
        { field: 'goal.title', direction: 'asc' },
        { field: 'number', direction: 'asc' },
      ],
    },
    { title: 'Tittel', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
    {
      title: 'Status sist vurdert, nyeste først',
      name: 'statusAsOfDesc',
      by: [{ field: 'status.asOf', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      goal: 'goal.title',
      light: 'status.light',
      reason: 'status.reason',
      label: 'status.label',
      asOf: 'status.asOf',
    },
    // The extra keys feed the Studio's MeasurePreview, which draws the shared StatusBadge from them.
    prepare: ({ title, goal, light, reason, label, asOf }) => ({
      title,
      subtitle: [statusText({ light, reason, label }), goal].filter(Boolean).join(' · '),
      media: LIGHT_ICONS[knownLight(light)],
      light: knownLight(light),
      reason,
      statusLabel: label,
      asOf,
      goalTitle: goal,
    }),
  },
})
