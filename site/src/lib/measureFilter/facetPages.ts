import { groupBy } from '../collections/groupBy'
import { buildFilterData, type FilterData } from './buildFilterData'
import { FACETS, type FacetKey, type FacetOption, type FilterableMeasure } from './types'

/** How many measures one facet page lists, so no page grows with the programme. */
export const FACET_PAGE_SIZE = 50

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
  status: (measure) => [measure.status.light],
  ar: (measure) => measure.years,
}

/**
 * Every facet value with its measures, for `getStaticPaths` of `/tiltak/[facet]/[value]/`. Each facet is grouped
 * in one pass over the measures, instead of every facet page filtering all of them.
 */
export function facetPages(...args: Parameters<typeof buildFilterData>): FacetPage[] {
  const { measures, options, groups } = buildFilterData(...args)
  const order = new Map(groups.map((group, index) => [group.slug, index]))
  const sorted = [...measures].sort(
    (a, b) => (order.get(a.focusArea) ?? groups.length) - (order.get(b.focusArea) ?? groups.length),
  )
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
