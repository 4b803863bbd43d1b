import { groupBy } from '../collections/groupBy'
import type { FocusArea } from '../content/types'
import type { FilterData } from './buildFilterData'
import { facetHref } from './facetPages'

/** `/tiltak/strategiomrade/`: the focus areas that have measures, each linking to its facet page. */
export const FOCUS_AREA_FACET_INDEX = '/tiltak/strategiomrade/'

/** Past this many focus areas, the shortcuts on /tiltak/ link to the index instead of to each of them. */
export const MAX_INLINE_FOCUS_AREA_LINKS = 30

/** One focus area of the index: its facet page, how many measures it has and the plan it belongs to. */
export interface FocusAreaFacetEntry {
  label: string
  href: string
  measures: number
  plan: FocusArea['plan'] | null
}

/**
 * The focus-area facet's options in display order (plan, then focus area), with their measure counts and plans,
 * for the paged index that stands in for hundreds of inline shortcuts.
 */
export function focusAreaFacetIndex(
  data: Pick<FilterData, 'measures' | 'options'>,
  focusAreas: readonly FocusArea[],
): FocusAreaFacetEntry[] {
  const counts = groupBy(data.measures, (measure) => [measure.focusArea])
  const plans = new Map(focusAreas.map((area) => [area.slug, area.plan]))
  return data.options.strategiomrade.map((option) => ({
    label: option.label,
    href: facetHref('strategiomrade', option.value),
    measures: counts.get(option.value)?.length ?? 0,
    plan: plans.get(option.value) ?? null,
  }))
}
