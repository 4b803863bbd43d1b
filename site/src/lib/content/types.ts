import type { STATUS_LIGHTS } from '../../../../schemas/constants'
import type {
  EventsQueryResult,
  FocusAreasQueryResult,
  GoalsQueryResult,
  Link,
  MeasuresQueryResult,
  MunicipalitiesQueryResult,
  NewsQueryResult,
  OrganisationsQueryResult,
  PagesQueryResult,
  PeopleQueryResult,
  PlansQueryResult,
  ProgrammeQueryResult,
} from '../../sanity.types'
import type { Projection } from './project'
import type { PortableText } from './richText'

export type { PortableText, ResolvedLinkTarget } from './richText'

/** Runs one GROQ query against wherever content lives (bundled NDJSON or Content Lake). */
export interface ContentSource {
  readonly kind: 'dataset' | 'contentLake'
  fetch<T>(query: string, params?: Record<string, unknown>): Promise<T>
  /** Loads what every query needs (the bundled dataset file) so that query timings can leave it out. */
  prepare?(): Promise<void>
}

/** A traffic-light value (`green`, `yellow`, `red`, `unreported`). */
export type Light = (typeof STATUS_LIGHTS)[number]['value']

/** The programme singleton, render-ready. */
export type Programme = NonNullable<ProgrammeQueryResult>
/** A plan row as the query returns it, before its focus areas are joined in. */
export type PlanRow = PlansQueryResult[number]
/** One organisation. */
export type Organisation = OrganisationsQueryResult[number]
/** One person, with organisation and municipality. */
export type Person = PeopleQueryResult[number]
/** One page (`/om/<slug>/`). */
export type Page = PagesQueryResult[number]

/** A goal as stored (the large collections are fetched whole; the content module shapes them). */
export type GoalDocument = GoalsQueryResult[number]
/** A measure as stored. */
export type MeasureDocument = MeasuresQueryResult[number]
/** An event as stored. */
export type EventDocument = EventsQueryResult[number]
/** A news item as stored. */
export type NewsDocument = NewsQueryResult[number]

/**
 * A focus area row as the query returns it, before joins, with the `label` it is named by wherever it is named
 * (`labelFocusAreas`: its title, with its plan's short title when another focus area's title reads the same).
 */
export type FocusAreaRow = FocusAreasQueryResult[number] & { label: string }
/** A municipality row as the query returns it, before joins. */
export type MunicipalityRow = MunicipalitiesQueryResult[number]

/** A focus area as other documents show it: links and lists name it by `label`. */
export type FocusAreaRef = Pick<FocusAreaRow, '_id' | 'title' | 'label' | 'slug'>
/** A plan with the focus areas that belong to it (by their `plan` reference), in display order. */
export type Plan = PlanRow & { focusAreas: FocusAreaRef[] }
/** A goal as a measure shows it. */
export type GoalRef = Pick<GoalDocument, '_id' | 'title'> & { slug: string }
/** A measure as an event or news item shows it. */
export type MeasureRef = Pick<MeasureDocument, '_id' | 'title'> & { slug: string }
/** A municipality as other documents show it. */
export type MunicipalityRef = Pick<MunicipalityRow, '_id' | 'name' | 'slug'>
/** An organisation as other documents show it. */
export type OrganisationRef = Pick<Organisation, '_id' | 'name' | 'slug' | 'website'>
/** A person as other documents show it, with the names of their organisation and municipality. */
export type PersonRef = Pick<Person, '_id' | 'name' | 'slug' | 'role'> & {
  organisation: string | null
  municipality: string | null
}

type StoredStrategy = NonNullable<GoalDocument['strategies']>[number]
type StoredIndicator = NonNullable<GoalDocument['indicators']>[number]
type StoredIndicatorValue = NonNullable<StoredIndicator['values']>[number]

/** A strategy of a goal. */
export type Strategy = Projection<StoredStrategy, '_key' | 'title' | 'description'>
/** An indicator of a goal with its measured values. */
export type Indicator = Projection<
  StoredIndicator,
  '_key' | 'name' | 'unit' | 'baseline' | 'target'
> & {
  values: Array<Projection<StoredIndicatorValue, '_key' | 'date' | 'value' | 'note'>>
}

/** A goal row, shaped from the stored goal, before measures are joined in. */
export type GoalRow = GoalRef & {
  order: number | null
  focusArea: FocusAreaRef | null
  strategies: Strategy[]
  description: PortableText
  contacts: PersonRef[]
  indicators: Indicator[]
}

type StoredResponsible = NonNullable<MeasureDocument['responsible']>[number]

/** A responsible party of a measure (person, municipality or organisation). */
export type ResponsibleParty =
  | ({ _type: 'person' } & PersonRef)
  | ({ _type: 'municipality' } & Pick<
      MunicipalityRow,
      '_id' | 'name' | 'slug' | 'website' | 'switchboardPhone' | 'postEmail'
    >)
  | ({ _type: 'organisation' } & OrganisationRef)

/** A measure row, shaped from the stored measure, before strategy and related measures are joined in. */
export type MeasureRow = MeasureRef & {
  shortTitle: string
  number: number | null
  strategyKey: string | null
  goal: GoalRef | null
  focusArea: FocusAreaRef | null
  status: Projection<MeasureDocument['status'], 'light' | 'reason' | 'label' | 'asOf'>
  progressLog: Array<
    Projection<
      NonNullable<MeasureDocument['progressLog']>[number],
      '_key' | 'date' | 'datePrecision' | 'title' | 'text' | 'light'
    >
  >
  period: Projection<NonNullable<MeasureDocument['period']>, 'start' | 'end'> | null
  deadline: Projection<NonNullable<MeasureDocument['deadline']>, 'text' | 'date'> | null
  about: PortableText
  responsible: Array<
    Projection<StoredResponsible, '_key' | 'heading' | 'note'> & { party: ResponsibleParty | null }
  >
  partners: OrganisationRef[]
  municipalities: MunicipalityRef[]
  relatedMeasureIds: string[]
  links: Array<Projection<Link & { _key: string }, '_key' | 'title' | 'url'>>
  dimensions: string[]
}

/** One event with its place, organisers, focus areas and measures. */
export type EventItem = MeasureRef &
  Projection<
    EventDocument,
    | '_updatedAt'
    | 'eventType'
    | 'startDate'
    | 'endDate'
    | 'startTime'
    | 'endTime'
    | 'format'
    | 'registrationUrl'
  > & {
    datePrecision: NonNullable<EventDocument['datePrecision']>
    location: {
      name: string | null
      address: string | null
      municipality: MunicipalityRef | null
    } | null
    organisers: OrganisationRef[]
    description: PortableText
    focusAreas: FocusAreaRef[]
    measures: MeasureRef[]
  }

/** One news item with body, author and the focus areas, measures and municipalities it concerns. */
export type NewsItem = Pick<NewsDocument, '_id' | 'title' | 'publishedAt' | 'lead'> &
  Projection<NewsDocument, 'image' | 'seo'> & {
    slug: string
    body: PortableText
    author: PersonRef | null
    focusAreas: FocusAreaRef[]
    measures: MeasureRef[]
    municipalities: MunicipalityRef[]
  }

/** The fields a list of measures shows (focus-area page, municipality page, related measures). */
export type MeasureSummary = Pick<
  MeasureRow,
  | '_id'
  | 'title'
  | 'shortTitle'
  | 'slug'
  | 'number'
  | 'strategyKey'
  | 'status'
  | 'goal'
  | 'focusArea'
>

/** A measure with its strategy resolved and related measures (curated, then same goal, then same focus area). */
export type Measure = MeasureRow & { strategy: Strategy | null; related: MeasureSummary[] }

/** A goal with its measures ordered by number. */
export type Goal = GoalRow & { measures: MeasureSummary[] }

/** A focus area with its goals in order, each with strategies and measures, and the events tagged with it. */
export type FocusArea = FocusAreaRow & { goals: Goal[]; events: EventItem[] }

/** A municipality with the measures it leads or takes part in, the events held there and its næringsteam. */
export type Municipality = MunicipalityRow & {
  responsibleFor: MeasureSummary[]
  involvedIn: MeasureSummary[]
  events: EventItem[]
  naeringsteam: Person[]
}

/** A `/prosjekt/<slug>/` page: goals and measures share the URL family. */
export type ProsjektPage =
  { kind: 'goal'; slug: string; goal: Goal } | { kind: 'measure'; slug: string; measure: Measure }

/** Members of the næringsteam in one municipality (`municipality: null` for people without one). */
export interface NaeringsteamGroup {
  municipality: Person['municipality']
  people: Person[]
}

/** How many measures carry each light, per focus area and in total. */
export interface StatusSummary {
  lights: Light[]
  total: Record<Light, number>
  focusAreas: Array<{
    focusArea: FocusAreaRef
    counts: Record<Light, number>
    total: number
  }>
}
