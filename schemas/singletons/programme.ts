import { CogIcon } from '@sanity/icons/Cog'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { noPlaceholderText } from '../validation/placeholderText'
import { legendProblem } from '../validation/legend'

/** The `_id` of the one programme document. */
export const PROGRAMME_ID = 'programme'

/** Programme Drivkraft itself: goals, period, organisation and site-wide settings. One document only. */
export const programme = defineType({
  name: 'programme',
  title: 'Programmet',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'programme', title: 'Program', default: true },
    { name: 'organisation', title: 'Organisering' },
    { name: 'site', title: 'Nettstedet' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Navn på programmet',
      type: 'string',
      group: 'programme',
      description: 'For eksempel «Program Drivkraft».',
      validation: (rule) => rule.required().error('Skriv programmets navn.'),
    }),
    defineField({
      name: 'siteTitle',
      title: 'Nettstedets navn',
      type: 'string',
      group: 'site',
      description: 'Vises i toppen av hver side, for eksempel «Re:tenk».',
      validation: (rule) => rule.required().error('Skriv nettstedets navn.'),
    }),
    defineField({ name: 'tagline', title: 'Slagord', type: 'string', group: 'site' }),
    defineField({
      name: 'owner',
      title: 'Prosjekteier',
      type: 'reference',
      group: 'organisation',
      to: [{ type: 'organisation' }],
    }),
    defineField({
      name: 'mainGoal',
      title: 'Hovedmål',
      type: 'text',
      rows: 3,
      group: 'programme',
      validation: (rule) => rule.required().error('Skriv programmets hovedmål.'),
    }),
    defineField({
      name: 'subGoals',
      title: 'Delmål',
      type: 'array',
      group: 'programme',
      of: [defineArrayMember({ type: 'subGoal' })],
    }),
    defineField({
      name: 'period',
      title: 'Programperiode',
      type: 'monthRange',
      group: 'programme',
      validation: (rule) => rule.required().error('Fyll inn når programmet startet.'),
    }),
    defineField({
      name: 'phases',
      title: 'Faser',
      type: 'array',
      group: 'programme',
      of: [defineArrayMember({ type: 'phase' })],
    }),
    defineField({
      name: 'roles',
      title: 'Roller',
      type: 'array',
      group: 'organisation',
      description:
        'Prosjekteier, styringsgruppe, prosjektledelse og arbeidsgruppe, med hvem som hadde rollen når.',
      of: [defineArrayMember({ type: 'programmeRole' })],
    }),
    defineField({
      name: 'trafficLightLegend',
      title: 'Forklaring av trafikklysene',
      type: 'array',
      group: 'site',
      description: 'Én linje for hver status: grønn, gul, rød og ikke rapportert.',
      of: [defineArrayMember({ type: 'legendEntry' })],
      validation: (rule) => rule.custom((entries) => legendProblem(entries) ?? true),
    }),
    defineField({
      name: 'mainNavigation',
      title: 'Hovedmeny',
      type: 'array',
      group: 'site',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
    defineField({
      name: 'footerContact',
      title: 'Kontakt i bunnteksten',
      type: 'footerContact',
      group: 'site',
    }),
    defineField({
      name: 'accessibilityStatement',
      title: 'Tilgjengelighetserklæring',
      type: 'reference',
      group: 'site',
      to: [{ type: 'page' }],
      description: 'Siden som lenkes fra bunnen av hver side.',
      validation: (rule) => rule.required().error('Velg siden med tilgjengelighetserklæringen.'),
    }),
    defineField({ name: 'seo', title: 'Søkemotorer og deling', type: 'seo', group: 'site' }),
  ],
  validation: (rule) => rule.custom(noPlaceholderText),
  preview: {
    select: { title: 'name', subtitle: 'siteTitle' },
  },
})
