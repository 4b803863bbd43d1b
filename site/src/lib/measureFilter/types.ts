import type { StatusLight } from '../../../../schemas/constants'

/** The four facets of `/tiltak/`, named as they appear in the URL query and the facet pages. */
export const FACETS = ['strategiomrade', 'kommune', 'status', 'ar'] as const

/** One facet key. */
export type FacetKey = (typeof FACETS)[number]

/** The facet names a visitor reads (select labels, facet page headings). */
export const FACET_TITLES: Record<FacetKey, string> = {
  strategiomrade: 'Strategiområde',
  kommune: 'Kommune',
  status: 'Status',
  ar: 'År',
}

/** One selectable value of a facet. */
export interface FacetOption {
  value: string
  label: string
}

/** Everything the filter offers: options per facet, in display order. */
export type FacetOptions = Record<FacetKey, FacetOption[]>

/** The chosen value per facet; an absent key means «all». */
export type FacetSelection = Partial<Record<FacetKey, string>>

/** A measure as the filter needs it: plain, serialisable data (island props). */
export interface FilterableMeasure {
  id: string
  title: string
  href: string
  number: number | null
  status: { light: StatusLight; reason: string | null; label: string | null }
  focusArea: string
  municipalities: string[]
  years: string[]
}

/** A focus area heading of the grouped result list. */
export interface MeasureGroup {
  slug: string
  title: string
  href: string
  measures: FilterableMeasure[]
}
