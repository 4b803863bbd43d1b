import type { STATUS_LIGHTS } from '../../../../schemas/constants'
import type {
  EventsQueryResult,
  FocusAreasQueryResult,
  GoalsQueryResult,
  MeasuresQueryResult,
  MunicipalitiesQueryResult,
  NewsQueryResult,
  OrganisationsQueryResult,
  PagesQueryResult,
  PeopleQueryResult,
  PlansQueryResult,
  ProgrammeQueryResult,
} from '../../sanity.types'

/** Runs one GROQ query against wherever content lives (bundled NDJSON or Content Lake). */
export interface ContentSource {
  readonly kind: 'dataset' | 'contentLake'
  fetch<T>(query: string, params?: Record<string, unknown>): Promise<T>
}

/** A traffic-light value (`green`, `yellow`, `red`, `unreported`). */
export type Light = (typeof STATUS_LIGHTS)[number]['value']

/** The programme singleton, render-ready. */
export type Programme = NonNullable<ProgrammeQueryResult>
/** A plan with its focus areas. */
export type Plan = PlansQueryResult[number]
/** One organisation. */
export type Organisation = OrganisationsQueryResult[number]
/** One person, with organisation and municipality. */
export type Person = PeopleQueryResult[number]
/** One news item. */
export type NewsItem = NewsQueryResult[number]
/** One page (`/om/<slug>/`). */
export type Page = PagesQueryResult[number]
/** One event. */
export type EventItem = EventsQueryResult[number]

/** A measure row as the query returns it, before joins. */
export type MeasureRow = MeasuresQueryResult[number]
/** A goal row as the query returns it, before joins. */
export type GoalRow = GoalsQueryResult[number]
/** A focus area row as the query returns it, before joins. */
export type FocusAreaRow = FocusAreasQueryResult[number]
/** A municipality row as the query returns it, before joins. */
export type MunicipalityRow = MunicipalitiesQueryResult[number]
/** A strategy of a goal. */
export type Strategy = GoalRow['strategies'][number]
/** A responsible party of a measure (person, municipality or organisation). */
export type ResponsibleParty = NonNullable<MeasureRow['responsible'][number]['party']>

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

/** A focus area with its goals in order, each with strategies and measures. */
export type FocusArea = FocusAreaRow & { goals: Goal[] }

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
    focusArea: Pick<FocusAreaRow, '_id' | 'title' | 'slug'>
    counts: Record<Light, number>
    total: number
  }>
}
