import type {
  EventItem,
  FocusArea,
  FocusAreaRef,
  Goal,
  Measure,
  MeasureSummary,
  Municipality,
  Programme,
  StatusSummary,
} from '../../src/lib/content/types'

/** A programme with just enough for the layout: navigation, footer, legend, accessibility statement. */
export const programme: Programme = {
  name: 'Program Drivkraft',
  siteTitle: 'Re:tenk',
  tagline: null,
  owner: null,
  mainGoal: 'Hovedmålet.',
  subGoals: [],
  period: { start: '2019-01', end: null },
  phases: [],
  roles: [],
  legend: [
    { _key: 'g', light: 'green', label: 'Grønn', description: 'Gjennomført.' },
    { _key: 'u', light: 'unreported', label: 'Ikke rapportert', description: 'Ingen status.' },
  ],
  nav: [
    { _key: 't', title: 'Tiltak', href: '/tiltak/' },
    { _key: 'o', title: 'Om programmet', href: '/om/' },
  ],
  footer: {
    text: 'Kontakttekst.',
    email: 'post@example.no',
    phone: '77 02 30 00',
    website: 'https://example.no/',
    organisation: { _id: 'o', name: 'Hålogalandsrådet', slug: 'h', website: null },
  },
  accessibilityStatementSlug: 'tilgjengelighetserklaering',
  seo: null,
}

/**
 * UNG as other documents show it, labelled as in the bundled content, where another plan has a focus area «Ung»:
 * what a component names it by is the label, never the bare title.
 */
export const ung: FocusAreaRef = {
  _id: 'focusArea.ung',
  title: 'UNG',
  label: 'UNG (Re:tenk)',
  slug: 'ung',
}

/** A measure as lists show it. */
export const measureSummary = (id: string, over: Partial<MeasureSummary> = {}): MeasureSummary => ({
  _id: `measure.${id}`,
  title: `Tiltak ${id}`,
  shortTitle: `Tiltak ${id}`,
  slug: id,
  number: 1,
  strategyKey: null,
  status: { light: 'unreported', reason: null, label: null, asOf: null },
  goal: { _id: 'goal.g', title: 'Et mål', slug: 'et-mal' },
  focusArea: ung,
  ...over,
})

/** A measure page's measure under goal «Et mål» of UNG, numbered 7, with nothing more than its summary has. */
export const measure = (id: string, over: Partial<Measure> = {}): Measure => ({
  ...measureSummary(id, { number: 7 }),
  progressLog: [],
  period: null,
  deadline: null,
  about: [],
  responsible: [],
  partners: [],
  municipalities: [],
  relatedMeasureIds: [],
  links: [],
  dimensions: [],
  strategy: null,
  related: [],
  ...over,
})

/** Two focus areas, one with measures in three lights. */
export const summary: StatusSummary = {
  lights: ['green', 'yellow', 'red', 'unreported'],
  total: { green: 1, yellow: 2, red: 1, unreported: 5 },
  focusAreas: [
    {
      focusArea: ung,
      counts: { green: 1, yellow: 2, red: 1, unreported: 3 },
      total: 7,
    },
    {
      focusArea: {
        _id: 'focusArea.kompetanse',
        title: 'Kompetanse',
        label: 'Kompetanse',
        slug: 'kompetanse',
      },
      counts: { green: 0, yellow: 0, red: 0, unreported: 2 },
      total: 2,
    },
  ],
}

/** A goal of UNG without strategies, with `measures` measures numbered from 1 (slugs `<slug>-t<n>`). */
export const goal = (slug: string, measures = 0, over: Partial<Goal> = {}): Goal => ({
  _id: `goal.${slug}`,
  title: `Mål ${slug}`,
  slug,
  order: null,
  focusArea: ung,
  strategies: [],
  description: [],
  contacts: [],
  indicators: [],
  measures: Array.from({ length: measures }, (_, i) =>
    measureSummary(`${slug}-t${i + 1}`, { number: i + 1 }),
  ),
  ...over,
})

/**
 * A goal `stor` of UNG with two strategies, «Først» and «Så», and `measures` measures `t1`, `t2`, … numbered from 1,
 * the odd ones under «Så»: a list in strategy order shows the even ones first.
 */
export const twoStrategyGoal = (measures: number): Goal =>
  goal('stor', 0, {
    strategies: [
      { _key: 's1', title: 'Først', description: null },
      { _key: 's2', title: 'Så', description: null },
    ],
    measures: Array.from({ length: measures }, (_, i) =>
      measureSummary(`t${i + 1}`, { number: i + 1, strategyKey: i % 2 === 0 ? 's2' : 's1' }),
    ),
  })

/** A focus area without goals: UNG of the plan Re:tenk. */
export const focusArea: FocusArea = {
  ...ung,
  order: 1,
  intro: null,
  overallGoal: null,
  guidingQuestions: [],
  dimensions: [],
  plan: {
    _id: 'plan.retenk',
    title: 'Re:tenk – utviklingsplan for Sør-Troms',
    shortTitle: 'Re:tenk',
    slug: 'retenk',
    period: null,
  },
  goals: [],
  events: [],
}

/** A municipality with a Sámi name and one measure. */
export const municipality: Municipality = {
  _id: 'municipality.harstad',
  name: 'Harstad',
  slug: 'harstad',
  sameName: 'Hárstták',
  region: 'sor-troms',
  adminCentre: 'Harstad',
  website: 'https://www.harstad.kommune.no/',
  switchboardPhone: '77 02 60 00',
  postEmail: 'postmottak@harstad.kommune.no',
  description: null,
  countyHistory: [],
  numberHistory: [{ _key: 'n', number: '5503', from: '2024-01-01', to: null }],
  councilMemberships: [],
  mergedFrom: [],
  coatOfArms: null,
  responsibleFor: [measureSummary('a')],
  involvedIn: [],
  events: [],
  naeringsteam: [],
}

/** An event known to the day. */
export const event = (over: Partial<EventItem> = {}): EventItem => ({
  _id: 'event.skaperkraft',
  title: 'Skaperkraft',
  slug: 'skaperkraft',
  _updatedAt: '2021-11-30T09:15:00Z',
  eventType: 'konferanse',
  startDate: '2022-02-23',
  endDate: null,
  datePrecision: 'day',
  startTime: null,
  endTime: null,
  format: 'physical',
  location: { name: 'Harstad', address: null, municipality: null },
  organisers: [{ _id: 'o', name: 'Hålogalandsrådet', slug: 'h', website: null }],
  description: [],
  registrationUrl: null,
  focusAreas: [],
  measures: [],
  ...over,
})
