import { by, compareId, compareText } from '../content/compare'
import type { FocusArea } from '../content/types'

/** At most this many focus-area cards (and status rows) on the home page, so it never grows with the archive. */
export const HOME_FOCUS_AREAS = 20

/** The focus areas the home page shows, and the plan they were picked from (`null` when all are shown). */
export interface FeaturedFocusAreas {
  focusAreas: FocusArea[]
  plan: FocusArea['plan'] | null
}

type PlanOfArea = NonNullable<FocusArea['plan']>

/** Newest first: the latest start year (a plan without one counts as oldest), then title, then id. */
const newestFirst = by<PlanOfArea>(
  (a, b) => (b.period?.startYear ?? -Infinity) - (a.period?.startYear ?? -Infinity),
  (a, b) => compareText(a.title, b.title),
  compareId,
)

/**
 * Every focus area while they fit on the home page; past `limit`, those of the newest plan (by start year, then
 * title), at most `limit` of them. The full list is one link away on /strategiomrader/.
 */
export function featuredFocusAreas(
  focusAreas: readonly FocusArea[],
  limit: number = HOME_FOCUS_AREAS,
): FeaturedFocusAreas {
  if (focusAreas.length <= limit) return { focusAreas: [...focusAreas], plan: null }
  const plans = new Map<string, PlanOfArea>()
  for (const { plan } of focusAreas) if (plan) plans.set(plan._id, plan)
  const [newest] = [...plans.values()].sort(newestFirst)
  const ofNewest = newest ? focusAreas.filter((area) => area.plan?._id === newest._id) : []
  return {
    focusAreas: (ofNewest.length > 0 ? ofNewest : focusAreas).slice(0, limit),
    plan: newest ?? null,
  }
}
