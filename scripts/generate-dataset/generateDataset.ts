import type { DatasetDocument } from '../../site/src/lib/content/parseNdjson.ts'
import { isGeneratedType } from './baseDocuments.ts'
import { datasetCounts } from './counts.ts'
import {
  eventDocument,
  focusAreaDocument,
  goalDocument,
  measureDocument,
  newsDocument,
  organisationDocument,
  personDocument,
  planDocument,
  type IdPools,
} from './documents.ts'
import { createRandom } from './random.ts'

/** What to generate. */
export interface GenerateOptions {
  measures: number
  /** Focus areas instead of the number derived from `measures` (see `datasetCounts`). */
  focusAreas?: number | undefined
  /** Measures under the last goal, the others spread over the other goals as usual (default: spread evenly). */
  bigGoal?: number | undefined
  seed: number
  /** Real documents to keep (municipalities, programme and what they reference). */
  base: DatasetDocument[]
}

const ids = (type: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `synthetic.${type}.${index + 1}`)

/** Splits `count` children over `parents` in order: child i belongs to parent floor(i * parents / count). */
const parentOf = (child: number, count: number, parents: number): number =>
  Math.floor((child * parents) / count)

/**
 * Builds a synthetic dataset: the base documents plus generated plans, focus areas, goals, measures, events,
 * news, people and organisations, sorted by `_id` like a Sanity export. The same options give the same output.
 */
export function generateDataset(options: GenerateOptions): DatasetDocument[] {
  const counts = datasetCounts(options.measures, { focusAreas: options.focusAreas })
  const random = createRandom(options.seed)
  const pools: IdPools = {
    municipalities: options.base.filter((d) => d._type === 'municipality').map((d) => d._id),
    people: ids('person', counts.people),
    organisations: ids('organisation', counts.organisations),
    measures: ids('measure', counts.measures),
    focusAreas: ids('focusArea', counts.focusAreas),
    titles: new Map(),
  }
  const remember = <D extends DatasetDocument>(doc: D): D => {
    if (typeof doc.title === 'string') pools.titles.set(doc._id, doc.title)
    return doc
  }
  if (pools.municipalities.length === 0) throw new Error('The base documents hold no municipality')
  const focusAreasOfPlan = (plan: number): string[] =>
    pools.focusAreas.filter((_, f) => parentOf(f, counts.focusAreas, counts.plans) === plan)
  const plans = ids('plan', counts.plans).map((_, p) =>
    planDocument(random, p + 1, focusAreasOfPlan(p)),
  )
  const focusAreas = pools.focusAreas.map((_, f) =>
    remember(
      focusAreaDocument(random, f + 1, plans[parentOf(f, counts.focusAreas, counts.plans)]!._id),
    ),
  )
  const goals = ids('goal', counts.goals).map((_, g) =>
    remember(
      goalDocument(
        random,
        g + 1,
        focusAreas[parentOf(g, counts.goals, counts.focusAreas)]!._id,
        pools,
      ),
    ),
  )
  const goalOf = measureToGoal(counts.measures, counts.goals, options.bigGoal)
  const numberInGoal = new Map<number, number>()
  const measures = pools.measures.map((_, m) => {
    const g = goalOf(m)
    const number = (numberInGoal.get(g) ?? 0) + 1
    numberInGoal.set(g, number)
    return remember(measureDocument(random, m, number, goals[g]!, pools))
  })
  const generated = [
    ...plans,
    ...focusAreas,
    ...goals,
    ...measures,
    ...ids('event', counts.events).map((_, e) => eventDocument(random, e + 1, pools)),
    ...ids('newsItem', counts.news).map((_, n) => newsDocument(random, n + 1, pools)),
    ...pools.people.map((_, p) => personDocument(random, p + 1, pools)),
    ...pools.organisations.map((_, o) => organisationDocument(random, o + 1, pools)),
  ]
  const base = options.base.map((doc) => retargetGeneratedReferences(doc, options.base))
  return [...base, ...generated.map((doc) => withSystemFields(doc, options.seed))].sort((a, b) =>
    a._id < b._id ? -1 : a._id > b._id ? 1 : 0,
  )
}

/**
 * Which goal each measure belongs to: spread evenly in order, or with `bigGoal`, the last `bigGoal` measures under
 * the last goal and the others spread evenly over the goals before it.
 */
function measureToGoal(
  measures: number,
  goals: number,
  bigGoal: number | undefined,
): (measure: number) => number {
  if (bigGoal === undefined) return (m) => parentOf(m, measures, goals)
  if (!Number.isInteger(bigGoal) || bigGoal < 1 || bigGoal > measures) {
    throw new Error(`--big-goal must be a whole number from 1 to --measures, got ${bigGoal}`)
  }
  const rest = measures - bigGoal
  if (rest > 0 && goals < 2) {
    throw new Error(
      `--big-goal ${bigGoal} leaves ${rest} measures without a goal: there is one goal`,
    )
  }
  return (m) => (m < rest ? parentOf(m, rest, goals - 1) : goals - 1)
}

// A fixed timestamp keeps the output independent of the clock; Sanity exports always carry these fields.
const GENERATED_AT = '2025-01-01T00:00:00Z'

/** Adds the system fields of a Sanity export after `_id` and `_type`. */
function withSystemFields(doc: DatasetDocument, seed: number): DatasetDocument {
  const { _id, _type, ...fields } = doc
  return {
    _id,
    _type,
    _createdAt: GENERATED_AT,
    _updatedAt: GENERATED_AT,
    _rev: `synthetic-${seed}`,
    ...fields,
  }
}

/**
 * Copied documents may point at real measures, goals or plans that a synthetic dataset does not carry; those
 * references are moved to the first synthetic document of the same type so that every reference resolves.
 */
function retargetGeneratedReferences(
  doc: DatasetDocument,
  base: DatasetDocument[],
): DatasetDocument {
  const kept = new Set(base.map((d) => d._id))
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite)
    if (!node || typeof node !== 'object') return node
    const entries = Object.entries(node).map(([key, value]) => {
      if (key !== '_ref' || typeof value !== 'string' || kept.has(value))
        return [key, rewrite(value)]
      const type = value.split('.')[0] ?? ''
      return [key, isGeneratedType(type) ? `synthetic.${type}.1` : value]
    })
    return Object.fromEntries(entries)
  }
  return rewrite(doc) as DatasetDocument
}

/** Serialises documents as NDJSON, one per line, with a final newline. */
export function toNdjson(documents: DatasetDocument[]): string {
  return documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}
