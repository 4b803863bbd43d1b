import { buildFilterData, type FilterData } from './buildFilterData'
import { FACETS, type FacetKey, type FacetOption } from './types'

/** The pre-rendered page of one facet value: `/tiltak/<facet>/<value>/`. */
export function facetHref(facet: FacetKey, value: string): string {
  return `/tiltak/${facet}/${value}/`
}

/** One facet page: which facet, which value, and the data to list its measures. */
export interface FacetPage {
  facet: FacetKey
  option: FacetOption
  data: FilterData
}

/** Every facet value's page, for `getStaticPaths` of `/tiltak/[facet]/[value]/`. */
export function facetPages(...args: Parameters<typeof buildFilterData>): FacetPage[] {
  const data = buildFilterData(...args)
  return FACETS.flatMap((facet) => data.options[facet].map((option) => ({ facet, option, data })))
}
