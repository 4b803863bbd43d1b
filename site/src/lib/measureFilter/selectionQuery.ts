import { FACETS, type FacetOptions, type FacetSelection } from './types'

/**
 * Reads a filter selection from a URL query, keeping only values the options offer, so a stale or hand-edited
 * link falls back to «all» instead of an empty list.
 */
export function selectionFromQuery(search: string, options: FacetOptions): FacetSelection {
  const params = new URLSearchParams(search)
  const selection: FacetSelection = {}
  for (const facet of FACETS) {
    const value = params.get(facet)
    if (value && options[facet].some((option) => option.value === value)) selection[facet] = value
  }
  return selection
}

/** The URL query for a selection (`?strategiomrade=ung&status=gronn`), or `''` when nothing is chosen. */
export function selectionToQuery(selection: FacetSelection): string {
  const params = new URLSearchParams()
  for (const facet of FACETS) {
    const value = selection[facet]
    if (value) params.set(facet, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}
