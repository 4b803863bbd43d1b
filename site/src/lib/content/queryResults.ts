/*
 * TODO: delete this file once `npm run typegen -w studio` writes site/src/sanity.types.ts (the schemas are still
 * being written). These stand-ins carry the names typegen gives each query's result (`<name>QueryResult`) so the
 * getters and pages keep their types when the import switches to the generated file.
 */

type Light = 'green' | 'yellow' | 'red' | 'unreported'

interface Slugged {
  _id: string
  slug: string | null
}
interface OrganisationRef extends Slugged {
  name: string | null
  website: string | null
}
interface MunicipalityRef extends Slugged {
  name: string | null
}
interface TitledRef extends Slugged {
  title: string | null
}
interface PersonRef extends Slugged {
  name: string | null
  role: string | null
  organisation: string | null
}
interface MonthRange {
  start: string | null
  end: string | null
}
interface Span {
  _key: string
  _type: 'span'
  text?: string
  marks?: string[]
}
interface Block {
  _key: string
  _type: 'block'
  children?: Span[]
  style?: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: Array<
    | { _key: string; _type: 'internalLink'; target: { _type: string; slug: string | null } | null }
    | { _key: string; _type: 'externalLink'; href?: string; openInNewTab?: boolean }
  >
}
interface ImageWithAlt {
  _key?: string
  _type: 'imageWithAlt'
  asset?: { _ref: string; _type: 'reference' }
  hotspot?: unknown
  crop?: unknown
  alt?: string
  caption?: string
}
type RichText = Array<Block | (ImageWithAlt & { _key: string })>
interface Seo {
  title?: string
  description?: string
  image?: ImageWithAlt
}

export type ProgrammeQueryResult = {
  name: string
  siteTitle: string
  tagline: string | null
  owner: OrganisationRef | null
  mainGoal: string
  subGoals: Array<{ _key: string; title: string; description: string | null; results: string[] }>
  period: MonthRange
  phases: Array<{ _key: string; title: string; period: MonthRange; description: string | null }>
  roles: Array<{
    _key: string
    role: string
    holders: Array<{
      _key: string
      label: string
      period: MonthRange | null
      organisation: string | null
      person: string | null
    }>
  }>
  legend: Array<{ _key: string; light: Light; label: string; description: string }>
  nav: Array<{ _key: string; title: string; href: string }>
  footer: {
    text: string | null
    email: string | null
    phone: string | null
    website: string | null
    organisation: OrganisationRef | null
  } | null
  accessibilityStatementSlug: string | null
  seo: Seo | null
} | null

export type PlansQueryResult = Array<{
  _id: string
  title: string
  shortTitle: string | null
  slug: string
  owner: OrganisationRef | null
  period: { startYear: number | null; endYear: number | null } | null
  description: string | null
  focusAreas: TitledRef[]
  crossCuttingThemes: string[]
  predecessor: TitledRef | null
  documentUrl: string | null
}>

export type FocusAreasQueryResult = Array<{
  _id: string
  title: string
  slug: string
  order: number
  intro: string | null
  overallGoal: string | null
  guidingQuestions: string[]
  dimensions: string[]
  plan: {
    _id: string
    title: string
    shortTitle: string | null
    slug: string
    period: { startYear: number | null; endYear: number | null } | null
  } | null
}>

export type GoalsQueryResult = Array<{
  _id: string
  title: string
  slug: string
  order: number | null
  focusArea: TitledRef | null
  strategies: Array<{ _key: string; title: string; description: string | null }>
  description: RichText
  contacts: PersonRef[]
  indicators: Array<{
    _key: string
    name: string
    unit: string | null
    baseline: number | null
    target: number | null
    values: Array<{ _key: string; date: string; value: number; note: string | null }>
  }>
}>

export type MeasuresQueryResult = Array<{
  _id: string
  title: string
  shortTitle: string
  slug: string
  number: number | null
  strategyKey: string | null
  goal: TitledRef | null
  focusArea: TitledRef | null
  status: {
    light: Light
    reason: 'terminated' | 'notStarted' | 'paused' | null
    label: string | null
    asOf: string | null
  }
  progressLog: Array<{
    _key: string
    date: string
    title: string | null
    text: string
    light: Light | null
  }>
  period: { start: string | null; end: string | null } | null
  deadline: { text: string | null; date: string | null } | null
  about: RichText
  responsible: Array<{
    _key: string
    heading: 'ansvarlig' | 'prosjektleder' | 'kontakt'
    note: string | null
    party:
      | {
          _type: 'person'
          _id: string
          name: string
          slug: string
          role: string | null
          organisation: string | null
        }
      | {
          _type: 'municipality'
          _id: string
          name: string
          slug: string
          website: string | null
          switchboardPhone: string | null
          postEmail: string | null
        }
      | { _type: 'organisation'; _id: string; name: string; slug: string; website: string | null }
      | null
  }>
  partners: OrganisationRef[]
  municipalities: MunicipalityRef[]
  relatedMeasureIds: string[]
  links: Array<{ _key: string; title: string; url: string }>
  dimensions: string[]
}>

export type MunicipalitiesQueryResult = Array<{
  _id: string
  name: string
  slug: string
  sameName: string | null
  region: 'sor-troms' | 'ofoten'
  adminCentre: string | null
  website: string | null
  switchboardPhone: string | null
  postEmail: string | null
  description: string | null
  countyHistory: Array<{ _key: string; county: string; from: string | null; to: string | null }>
  numberHistory: Array<{ _key: string; number: string; from: string | null; to: string | null }>
  councilMemberships: Array<{
    _key: string
    from: string | null
    to: string | null
    council: OrganisationRef | null
  }>
  mergedFrom: Array<{ _key: string; name: string; number: string | null; date: string | null }>
  coatOfArms: ImageWithAlt | null
}>

export type EventsQueryResult = Array<{
  _id: string
  title: string
  slug: string
  eventType: string
  startDate: string
  endDate: string | null
  datePrecision: 'day' | 'month' | 'season' | 'year'
  startTime: string | null
  endTime: string | null
  format: 'physical' | 'digital' | 'hybrid' | null
  location: {
    name: string | null
    address: string | null
    municipality: MunicipalityRef | null
  } | null
  organisers: OrganisationRef[]
  description: RichText
  registrationUrl: string | null
  focusAreas: TitledRef[]
  measures: TitledRef[]
}>

export type PeopleQueryResult = Array<{
  _id: string
  name: string
  slug: string
  role: string | null
  teamRole: string | null
  naeringsteam: boolean
  organisation: OrganisationRef | null
  municipality: MunicipalityRef | null
  email: string | null
  phone: string | null
  image: ImageWithAlt | null
  note: string | null
}>

export type OrganisationsQueryResult = Array<{
  _id: string
  name: string
  slug: string
  shortName: string | null
  orgType: string
  website: string | null
  logo: ImageWithAlt | null
  description: string | null
  predecessor: OrganisationRef | null
  successor: OrganisationRef | null
}>

export type NewsQueryResult = Array<{
  _id: string
  title: string
  slug: string
  publishedAt: string
  lead: string
  body: RichText
  image: ImageWithAlt | null
  author: PersonRef | null
  focusAreas: TitledRef[]
  measures: TitledRef[]
  municipalities: MunicipalityRef[]
  seo: Seo | null
}>

export type PagesQueryResult = Array<{
  _id: string
  title: string
  slug: string
  lead: string | null
  body: RichText
  lastReviewed: string | null
  seo: Seo | null
}>
