import { project, projectEach, resolveRef, resolveRefs } from './project'
import { resolveRichText, type LinkTargets } from './richText'
import type {
  EventDocument,
  EventItem,
  FocusAreaRef,
  GoalDocument,
  GoalRef,
  GoalRow,
  MeasureDocument,
  MeasureRef,
  MeasureRow,
  MunicipalityRef,
  MunicipalityRow,
  NewsDocument,
  NewsItem,
  OrganisationRef,
  PersonRef,
  ResponsibleParty,
} from './types'

/** A focus area as other documents show it (`FocusAreaRef`): its id, title, label and slug, nothing else. */
export const focusAreaRef = ({ _id, title, label, slug }: FocusAreaRef): FocusAreaRef => ({
  _id,
  title,
  label,
  slug,
})

/**
 * Everything a stored document may point at, by `_id`, built once per content instance: the joins GROQ's `->`
 * did per reference inside groq-js, done as map look-ups.
 */
export interface Lookups {
  focusAreas: ReadonlyMap<string, FocusAreaRef>
  goals: ReadonlyMap<string, GoalRef & { focusAreaId: string | null }>
  measures: ReadonlyMap<string, MeasureRef>
  municipalities: ReadonlyMap<string, MunicipalityRef>
  organisations: ReadonlyMap<string, OrganisationRef>
  people: ReadonlyMap<string, PersonRef>
  parties: ReadonlyMap<string, ResponsibleParty>
  links: LinkTargets
}

/**
 * The current slug of a stored document. Typed as a string like the generated types type `slug.current` of a
 * required slug; a document without one yields null, which `/prosjekt/` refuses with its id.
 */
export function slugOf(doc: { slug?: { current?: string } | null }): string {
  return doc.slug?.current ?? (null as unknown as string)
}

/** A goal row: focus area, contacts and the description's links resolved; nested objects as GROQ projected them. */
export function goalRow(goal: GoalDocument, lookups: Lookups): GoalRow {
  return {
    _id: goal._id,
    title: goal.title,
    slug: slugOf(goal),
    order: goal.order ?? null,
    focusArea: resolveRef(goal.focusArea, lookups.focusAreas),
    strategies: projectEach(goal.strategies, ['_key', 'title', 'description']),
    description: resolveRichText(goal.description, lookups.links),
    contacts: resolveRefs(goal.contacts, lookups.people),
    indicators: (goal.indicators ?? []).map((indicator) => ({
      ...project(indicator, ['_key', 'name', 'unit', 'baseline', 'target']),
      values: projectEach(indicator.values, ['_key', 'date', 'value', 'note']),
    })),
  }
}

/** A measure row: goal, focus area (through the goal), parties, partners, municipalities and links resolved. */
export function measureRow(measure: MeasureDocument, lookups: Lookups): MeasureRow {
  const goal = resolveRef(measure.goal, lookups.goals)
  return {
    _id: measure._id,
    title: measure.title,
    shortTitle: measure.shortTitle ?? measure.title,
    slug: slugOf(measure),
    number: measure.number ?? null,
    strategyKey: measure.strategyKey ?? null,
    goal: goal && { _id: goal._id, title: goal.title, slug: goal.slug },
    focusArea: goal?.focusAreaId ? (lookups.focusAreas.get(goal.focusAreaId) ?? null) : null,
    status: project(measure.status, ['light', 'reason', 'label', 'asOf']),
    progressLog: projectEach(measure.progressLog, [
      '_key',
      'date',
      'datePrecision',
      'title',
      'text',
      'light',
    ]),
    period: project(measure.period, ['start', 'end']),
    deadline: project(measure.deadline, ['text', 'date']),
    about: resolveRichText(measure.about, lookups.links),
    responsible: (measure.responsible ?? []).map((entry) => ({
      ...project(entry, ['_key', 'heading', 'note']),
      party: resolveRef(entry.party, lookups.parties),
    })),
    partners: resolveRefs(measure.partners, lookups.organisations),
    municipalities: resolveRefs(measure.municipalities, lookups.municipalities),
    relatedMeasureIds: (measure.relatedMeasures ?? []).map((ref) => ref._ref),
    links: projectEach(measure.links, ['_key', 'title', 'url']),
    dimensions: measure.dimensions ?? [],
  }
}

/** An event: place, organisers, focus areas, measures and the description's links resolved. */
export function eventItem(event: EventDocument, lookups: Lookups): EventItem {
  const { location } = event
  return {
    _id: event._id,
    title: event.title,
    slug: slugOf(event),
    ...project(event, [
      '_updatedAt',
      'eventType',
      'startDate',
      'endDate',
      'startTime',
      'endTime',
      'format',
      'registrationUrl',
    ]),
    datePrecision: event.datePrecision ?? 'day',
    location: location
      ? {
          name: location.name ?? null,
          address: location.address ?? null,
          municipality: resolveRef(location.municipality, lookups.municipalities),
        }
      : null,
    organisers: resolveRefs(event.organisers, lookups.organisations),
    description: resolveRichText(event.description, lookups.links),
    focusAreas: resolveRefs(event.focusAreas, lookups.focusAreas),
    measures: resolveRefs(event.measures, lookups.measures),
  }
}

/** A news item: author, focus areas, measures, municipalities and the body's links resolved. */
export function newsItem(item: NewsDocument, lookups: Lookups): NewsItem {
  return {
    _id: item._id,
    title: item.title,
    slug: slugOf(item),
    publishedAt: item.publishedAt,
    lead: item.lead,
    body: resolveRichText(item.body, lookups.links),
    ...project(item, ['image', 'seo']),
    author: resolveRef(item.author, lookups.people),
    focusAreas: resolveRefs(item.focusAreas, lookups.focusAreas),
    measures: resolveRefs(item.measures, lookups.measures),
    municipalities: resolveRefs(item.municipalities, lookups.municipalities),
  }
}

/** A municipality as a responsible party shows it. */
export function municipalityParty(row: MunicipalityRow): ResponsibleParty {
  const { _id, name, slug, website, switchboardPhone, postEmail } = row
  return { _type: 'municipality', _id, name, slug, website, switchboardPhone, postEmail }
}
