import { groupBy } from '../collections/groupBy'
import { lightSlug } from '../status/lightSlug'
import type { FilterData } from './buildFilterData'
import { FACETS, type FacetKey, type FacetOption, type FilterableMeasure } from './types'

/** The pre-rendered page of one facet value: `/tiltak/<facet>/<value>/`. */
export function facetHref(facet: FacetKey, value: string): string {
  return `/tiltak/${facet}/${value}/`
}

/** One facet value: which facet, which value, its measures in focus-area order, and the shared filter data. */
export interface FacetPage {
  facet: FacetKey
  option: FacetOption
  /** The measures with this value, ordered by focus area so that each page slice keeps its groups together. */
  measures: FilterableMeasure[]
  data: Pick<FilterData, 'options' | 'groups'>
}

/** The values of one facet a measure has. */
const valuesOf: Record<FacetKey, (measure: FilterableMeasure) => string[]> = {
  strategiomrade: (measure) => [measure.focusArea],
  kommune: (measure) => measure.municipalities,
  status: (measure) => [lightSlug(measure.status.light)],
  ar: (measure) => measure.years,
}

/** Measures in focus-area order (stable within a focus area), so that any page slice keeps its groups together. */
export function sortByGroup(
  measures: readonly FilterableMeasure[],
  groups: FilterData['groups'],
): FilterableMeasure[] {
  const order = new Map(groups.map((group, index) => [group.slug, index]))
  const rank = (measure: FilterableMeasure) => order.get(measure.focusArea) ?? groups.length
  return [...measures].sort((a, b) => rank(a) - rank(b))
}

/**
 * Every facet value with its measures, for `getStaticPaths` of `/tiltak/[facet]/[value]/`. Each facet is grouped
 * in one pass over the measures, instead of every facet page filtering all of them.
 */
export function facetPages({ measures, options, groups }: FilterData): FacetPage[] {
  const sorted = sortByGroup(measures, groups)
  const data = { options, groups }
  return FACETS.flatMap((facet) => {
    const byValue = groupBy(sorted, valuesOf[facet])
    return options[facet].map((option) => ({
      facet,
      option,
      measures: byValue.get(option.value) ?? [],
      data,
    }))
  })
}
