import { STATUS_LIGHTS } from '../../../../schemas/constants'
import {
  eventsQuery,
  focusAreasQuery,
  goalsQuery,
  measuresQuery,
  municipalitiesQuery,
  newsQuery,
  organisationsQuery,
  pagesQuery,
  peopleQuery,
  plansQuery,
  programmeQuery,
} from '../queries'
import { by, compareId, compareNumber, compareText } from './compare'
import { BUILD_TIME, upcomingAndPast } from './eventTiming'
import { prosjektPages } from './prosjektPages'
import { relatedMeasures } from './relatedMeasures'
import { labelFocusAreas } from './labelFocusAreas'
import { buildLookups } from './lookups'
import { eventItem, focusAreaRef, goalRow, measureRow, newsItem } from './rows'
import type {
  ContentSource,
  EventDocument,
  EventItem,
  FocusArea,
  FocusAreaRef,
  FocusAreaRow,
  Goal,
  GoalDocument,
  Light,
  Measure,
  MeasureDocument,
  MeasureRow,
  MeasureSummary,
  Municipality,
  MunicipalityRow,
  NaeringsteamGroup,
  NewsDocument,
  Organisation,
  Page,
  Person,
  Plan,
  PlanRow,
  Programme,
  StatusSummary,
} from './types'

/** Calls `load` once and hands every caller the same promise (getStaticPaths of many pages share it). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => (promise ??= load())
}

/** Sorts a copy by the comparators in turn; results of a source are never mutated. */
function sorted<T>(
  items: readonly T[],
  ...comparators: Array<(a: NoInfer<T>, b: NoInfer<T>) => number>
): T[] {
  return [...items].sort(by(...comparators))
}

function summary(measure: MeasureRow): MeasureSummary {
  const { _id, title, shortTitle, slug, number, strategyKey, status, goal, focusArea } = measure
  return { _id, title, shortTitle, slug, number, strategyKey, status, goal, focusArea }
}

function emptyCounts(): Record<Light, number> {
  return Object.fromEntries(STATUS_LIGHTS.map(({ value }) => [value, 0])) as Record<Light, number>
}

/** Pushes `item` onto the list of `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/**
 * The domain getters over one source. Each collection is queried once per instance, and every derived view is
 * computed once from those collections with maps, so a build costs one query per collection.
 */
export function createContent(source: ContentSource) {
  const query = <T>(groq: string) => once(() => source.fetch<T>(groq))

  const programme = query<Programme | null>(programmeQuery)
  const planRows = query<PlanRow[]>(plansQuery)
  // Labelled once, over every focus area: whether a title needs its plan depends on all the others.
  const focusAreaRows = once(async (): Promise<FocusAreaRow[]> =>
    labelFocusAreas(await source.fetch<Array<Omit<FocusAreaRow, 'label'>>>(focusAreasQuery)),
  )
  const municipalityRows = query<MunicipalityRow[]>(municipalitiesQuery)
  const peopleRows = query<Person[]>(peopleQuery)
  const organisations = query<Organisation[]>(organisationsQuery)
  const pageRows = query<Page[]>(pagesQuery)

  /**
   * Goals, measures, events and news, fetched whole and shaped in one pass over maps of every collection. The
   * stored documents are dropped once shaped, so only the render-ready rows stay in memory.
   */
  const shaped = once(async () => {
    const [goals, measures, events, news, areas, municipalities, people, orgs, pages, planList] =
      await Promise.all([
        source.fetch<GoalDocument[]>(goalsQuery),
        source.fetch<MeasureDocument[]>(measuresQuery),
        source.fetch<EventDocument[]>(eventsQuery),
        source.fetch<NewsDocument[]>(newsQuery),
        focusAreaRows(),
        municipalityRows(),
        peopleRows(),
        organisations(),
        pageRows(),
        planRows(),
      ])
    const lookups = buildLookups({
      goals,
      measures,
      events,
      news,
      areas,
      municipalities,
      people,
      orgs,
      pages,
      plans: planList,
    })
    return {
      goals: goals.map((goal) => goalRow(goal, lookups)),
      measures: measures.map((measure) => measureRow(measure, lookups)),
      events: events.map((event) => eventItem(event, lookups)),
      news: news.map((item) => newsItem(item, lookups)),
    }
  })
  const goalRows = async () => (await shaped()).goals
  const measureRows = async () => (await shaped()).measures
  const eventRows = async () => (await shaped()).events
  const newsRows = async () => (await shaped()).news

  /** Plans in order of succession (a predecessor first), then start year: the first plan has no period. */
  const orderedPlans = once(async (): Promise<PlanRow[]> => {
    const rows = await planRows()
    const byId = new Map(rows.map((plan) => [plan._id, plan]))
    const depth = (plan: PlanRow): number => {
      let count = 0
      for (
        let p = plan.predecessor;
        p && count < rows.length;
        p = byId.get(p._id)?.predecessor ?? null
      )
        count++
      return count
    }
    return sorted(
      rows,
      (a, b) => depth(a) - depth(b),
      (a, b) => compareNumber(a.period?.startYear, b.period?.startYear),
      (a, b) => compareText(a.title, b.title),
      compareId,
    )
  })

  /** Focus areas in display order: plan position, then `order`. */
  const orderedFocusAreas = once(async () => {
    const [planList, rows] = await Promise.all([orderedPlans(), focusAreaRows()])
    const planPosition = new Map(planList.map((plan, index) => [plan._id, index]))
    return sorted(
      rows,
      (a, b) =>
        compareNumber(planPosition.get(a.plan?._id ?? ''), planPosition.get(b.plan?._id ?? '')),
      (a, b) => compareNumber(a.order, b.order),
      (a, b) => compareText(a.title, b.title),
      compareId,
    )
  })

  /**
   * Plans in order, each with the focus areas whose `plan` points at it, in display order: the grouping every
   * focus-area list uses, so a plan page never disagrees with them.
   */
  const getPlans = once(async (): Promise<Plan[]> => {
    const [plans, areas] = await Promise.all([orderedPlans(), orderedFocusAreas()])
    const byPlan = new Map<string, FocusAreaRef[]>()
    for (const area of areas) if (area.plan) push(byPlan, area.plan._id, focusAreaRef(area))
    return plans.map((plan) => ({ ...plan, focusAreas: byPlan.get(plan._id) ?? [] }))
  })

  /** Goals in display order: focus area position, then `order`, then title. */
  const orderedGoals = once(async () => {
    const [areas, rows] = await Promise.all([orderedFocusAreas(), goalRows()])
    const areaPosition = new Map(areas.map((area, index) => [area._id, index]))
    return sorted(
      rows,
      (a, b) =>
        compareNumber(
          areaPosition.get(a.focusArea?._id ?? ''),
          areaPosition.get(b.focusArea?._id ?? ''),
        ),
      (a, b) => compareNumber(a.order, b.order),
      (a, b) => compareText(a.title, b.title),
      compareId,
    )
  })

  /**
   * Measure rows in display order (goal position, then number, then title), each with its one summary: every list
   * (goal, municipality, related measures) shares these summaries instead of copying them per list.
   */
  const orderedMeasures = once(async () => {
    const [goals, rows] = await Promise.all([orderedGoals(), measureRows()])
    const goalPosition = new Map(goals.map((goal, index) => [goal._id, index]))
    const ordered = sorted(
      rows,
      (a, b) =>
        compareNumber(goalPosition.get(a.goal?._id ?? ''), goalPosition.get(b.goal?._id ?? '')),
      (a, b) => compareNumber(a.number, b.number),
      (a, b) => compareText(a.title, b.title),
      compareId,
    )
    const summaries = new Map(ordered.map((measure) => [measure._id, summary(measure)]))
    return { ordered, summaryOf: (measure: MeasureRow) => summaries.get(measure._id)! }
  })

  /** Measures in display order, strategy and related resolved. */
  const getMeasures = once(async (): Promise<Measure[]> => {
    const [goals, { ordered, summaryOf }] = await Promise.all([orderedGoals(), orderedMeasures()])
    const strategies = new Map(goals.map((goal) => [goal._id, goal.strategies]))
    const related = relatedMeasures(ordered)
    return ordered.map((measure) => ({
      ...measure,
      strategy:
        strategies.get(measure.goal?._id ?? '')?.find((s) => s._key === measure.strategyKey) ??
        null,
      related: (related.get(measure._id) ?? []).map(summaryOf),
    }))
  })

  /** Goals in display order, each with its measures ordered by number. */
  const getGoals = once(async (): Promise<Goal[]> => {
    const [goals, { ordered, summaryOf }] = await Promise.all([orderedGoals(), orderedMeasures()])
    const byGoal = new Map<string, MeasureSummary[]>()
    for (const measure of ordered)
      if (measure.goal) push(byGoal, measure.goal._id, summaryOf(measure))
    return goals.map((goal) => ({ ...goal, measures: byGoal.get(goal._id) ?? [] }))
  })

  /**
   * Focus areas in order, each with its goals (strategies, measures with status) and the events tagged with it (by
   * start date): its page, its paged list of events and its calendar feed all read them from here.
   */
  const getFocusAreas = once(async (): Promise<FocusArea[]> => {
    const [areas, goals, events] = await Promise.all([orderedFocusAreas(), getGoals(), getEvents()])
    const byArea = new Map<string, Goal[]>()
    for (const goal of goals) if (goal.focusArea) push(byArea, goal.focusArea._id, goal)
    const eventsOf = new Map<string, EventItem[]>()
    for (const event of events) for (const area of event.focusAreas) push(eventsOf, area._id, event)
    return areas.map((area) => ({
      ...area,
      goals: byArea.get(area._id) ?? [],
      events: eventsOf.get(area._id) ?? [],
    }))
  })

  const getPeople = once(async (): Promise<Person[]> =>
    sorted(await peopleRows(), (a, b) => compareText(a.name, b.name), compareId),
  )

  /** Events by start date (then title). */
  const getEvents = once(async (): Promise<EventItem[]> =>
    sorted(
      await eventRows(),
      (a, b) => compareText(a.startDate, b.startDate),
      (a, b) => compareText(a.startTime, b.startTime),
      (a, b) => compareText(a.title, b.title),
      compareId,
    ),
  )

  const getMunicipalities = once(async (): Promise<Municipality[]> => {
    const [rows, { ordered, summaryOf }, events, people] = await Promise.all([
      municipalityRows(),
      orderedMeasures(),
      getEvents(),
      getPeople(),
    ])
    const responsible = new Map<string, MeasureSummary[]>()
    const involved = new Map<string, MeasureSummary[]>()
    for (const measure of ordered) {
      const leads = new Set(
        measure.responsible.flatMap(({ party }) =>
          party?._type === 'municipality' ? [party._id] : [],
        ),
      )
      for (const id of leads) push(responsible, id, summaryOf(measure))
      for (const { _id } of measure.municipalities)
        if (!leads.has(_id)) push(involved, _id, summaryOf(measure))
    }
    const eventsHere = new Map<string, EventItem[]>()
    for (const event of events) {
      const place = event.location?.municipality?._id
      if (place) push(eventsHere, place, event)
    }
    const team = new Map<string, Person[]>()
    for (const person of people)
      if (person.naeringsteam && person.municipality) push(team, person.municipality._id, person)
    return sorted(rows, (a, b) => compareText(a.name, b.name), compareId).map((row) => ({
      ...row,
      responsibleFor: responsible.get(row._id) ?? [],
      involvedIn: involved.get(row._id) ?? [],
      events: eventsHere.get(row._id) ?? [],
      naeringsteam: team.get(row._id) ?? [],
    }))
  })

  return {
    /** The programme singleton; throws when the dataset has none. */
    getProgramme: once(async (): Promise<Programme> => {
      const result = await programme()
      if (!result) throw new Error('The content has no programme document (_id "programme").')
      return result
    }),
    getPlans,
    getFocusAreas,
    getGoals,
    getMeasures,
    /** Goals and measures by slug for `/prosjekt/<slug>/`; a slug used twice throws naming both ids. */
    getProsjektPages: once(async () => {
      const [goals, measures] = await Promise.all([getGoals(), getMeasures()])
      return prosjektPages(goals, measures)
    }),
    getMunicipalities,
    getEvents,
    /** Events not yet over on Oslo's calendar at `now`, soonest first. */
    async getUpcomingEvents(now: Date = BUILD_TIME): Promise<EventItem[]> {
      return upcomingAndPast(await getEvents(), now).upcoming
    },
    /** Events over on Oslo's calendar at `now`, most recent first. */
    async getPastEvents(now: Date = BUILD_TIME): Promise<EventItem[]> {
      return upcomingAndPast(await getEvents(), now).past
    },
    getPeople,
    /** Næringsteam members grouped by municipality (by name; people without a municipality last). */
    getNaeringsteam: once(async (): Promise<NaeringsteamGroup[]> => {
      const groups = new Map<string, NaeringsteamGroup>()
      for (const person of await getPeople()) {
        if (!person.naeringsteam) continue
        const key = person.municipality?._id ?? ''
        const group = groups.get(key) ?? { municipality: person.municipality, people: [] }
        group.people.push(person)
        groups.set(key, group)
      }
      return sorted([...groups.values()], (a, b) =>
        compareText(a.municipality?.name, b.municipality?.name),
      )
    }),
    /** News, newest first. */
    getNews: once(async () =>
      sorted(
        await newsRows(),
        (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
        compareId,
      ),
    ),
    /** Pages by title. */
    getPages: once(async () =>
      sorted(await pageRows(), (a, b) => compareText(a.title, b.title), compareId),
    ),
    /** Organisations by name. */
    getOrganisations: once(async () =>
      sorted(await organisations(), (a, b) => compareText(a.name, b.name), compareId),
    ),
    /** Measures per traffic light, per focus area (all focus areas, in order) and in total. */
    getStatusSummary: once(async (): Promise<StatusSummary> => {
      const areas = await getFocusAreas()
      const total = emptyCounts()
      const focusAreas = areas.map((area) => {
        const counts = emptyCounts()
        let count = 0
        for (const goal of area.goals) {
          for (const measure of goal.measures) {
            counts[measure.status.light]++
            total[measure.status.light]++
            count++
          }
        }
        return { focusArea: focusAreaRef(area), counts, total: count }
      })
      return { lights: STATUS_LIGHTS.map(({ value }) => value), total, focusAreas }
    }),
  }
}

/** The getters of one content source. */
export type Content = ReturnType<typeof createContent>
