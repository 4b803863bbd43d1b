import type { MeasureRow } from './types'

/** How many related measures a measure page shows. */
export const RELATED_LIMIT = 4

type Relatable = Pick<MeasureRow, '_id' | 'goal' | 'focusArea' | 'relatedMeasureIds'>

/** Groups items by a key, keeping their order; items without a key are left out. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === undefined) continue
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/**
 * Related measures for every measure: the curated ones first (in the editor's order), then others of the same
 * goal, then others of the same focus area; never the measure itself, no duplicates, at most `limit`.
 * `measures` must already be in display order: the fallbacks keep it. O(n · limit) with maps, since each walk
 * stops once `limit` measures are picked.
 */
export function relatedMeasures<T extends Relatable>(
  measures: readonly T[],
  limit: number = RELATED_LIMIT,
): Map<string, T[]> {
  const byId = new Map(measures.map((measure) => [measure._id, measure]))
  const byGoal = groupBy(measures, (measure) => measure.goal?._id)
  const byFocusArea = groupBy(measures, (measure) => measure.focusArea?._id)
  const result = new Map<string, T[]>()
  for (const measure of measures) {
    const picked: T[] = []
    const seen = new Set<string>([measure._id])
    const sources: Iterable<T | undefined>[] = [
      measure.relatedMeasureIds.map((id) => byId.get(id)),
      byGoal.get(measure.goal?._id ?? '') ?? [],
      byFocusArea.get(measure.focusArea?._id ?? '') ?? [],
    ]
    fill: for (const candidates of sources) {
      for (const candidate of candidates) {
        if (picked.length >= limit) break fill
        if (!candidate || seen.has(candidate._id)) continue
        seen.add(candidate._id)
        picked.push(candidate)
      }
    }
    result.set(measure._id, picked)
  }
  return result
}
