import type { LinkTargets, ResolvedLinkTarget } from './richText'
import { focusAreaRef, municipalityParty, slugOf, type Lookups } from './rows'
import type {
  EventDocument,
  FocusAreaRow,
  GoalDocument,
  MeasureDocument,
  MunicipalityRow,
  NewsDocument,
  Organisation,
  Page,
  Person,
  PersonRef,
  PlanRow,
  ResponsibleParty,
} from './types'

/** Every collection a join may need, as fetched. */
export interface Collections {
  goals: readonly GoalDocument[]
  measures: readonly MeasureDocument[]
  events: readonly EventDocument[]
  news: readonly NewsDocument[]
  areas: readonly FocusAreaRow[]
  municipalities: readonly MunicipalityRow[]
  people: readonly Person[]
  orgs: readonly Organisation[]
  pages: readonly Page[]
  plans: readonly PlanRow[]
}

/** The `_id` maps every join looks up, built once in O(n). */
export function buildLookups(c: Collections): Lookups {
  const people = new Map<string, PersonRef>(
    c.people.map(({ _id, name, slug, role, organisation, municipality }) => [
      _id,
      {
        _id,
        name,
        slug,
        role,
        organisation: organisation?.name ?? null,
        municipality: municipality?.name ?? null,
      },
    ]),
  )
  const organisations = new Map(
    c.orgs.map(({ _id, name, slug, website }) => [_id, { _id, name, slug, website }]),
  )
  const parties = new Map<string, ResponsibleParty>()
  for (const [id, person] of people) parties.set(id, { _type: 'person', ...person })
  for (const row of c.municipalities) parties.set(row._id, municipalityParty(row))
  for (const [id, org] of organisations) parties.set(id, { _type: 'organisation', ...org })
  const links = new Map<string, ResolvedLinkTarget>()
  const addLinks = (
    type: ResolvedLinkTarget['_type'],
    docs: ReadonlyArray<{ _id: string; slug: string | null }>,
  ) => {
    for (const { _id, slug } of docs) links.set(_id, { _type: type, slug })
  }
  const stored = (docs: ReadonlyArray<{ _id: string; slug?: { current?: string } | null }>) =>
    docs.map((doc) => ({ _id: doc._id, slug: slugOf(doc) }))
  addLinks('measure', stored(c.measures))
  addLinks('goal', stored(c.goals))
  addLinks('event', stored(c.events))
  addLinks('newsItem', stored(c.news))
  addLinks('focusArea', c.areas)
  addLinks('municipality', c.municipalities)
  addLinks('page', c.pages)
  addLinks('plan', c.plans)
  const focusAreas = new Map(c.areas.map((area) => [area._id, focusAreaRef(area)]))
  return {
    focusAreas,
    goals: new Map(
      c.goals.map((goal) => [
        goal._id,
        {
          _id: goal._id,
          title: goal.title,
          slug: slugOf(goal),
          focusAreaId: goal.focusArea?._ref ?? null,
        },
      ]),
    ),
    measures: new Map(
      c.measures.map((m) => [m._id, { _id: m._id, title: m.title, slug: slugOf(m) }]),
    ),
    municipalities: new Map(
      c.municipalities.map(({ _id, name, slug }) => [_id, { _id, name, slug }]),
    ),
    organisations,
    people,
    parties,
    links: links as LinkTargets,
  }
}
