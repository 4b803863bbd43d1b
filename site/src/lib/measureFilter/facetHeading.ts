import type { FacetKey } from './types'

/** The heading of a facet value's page, as a sentence: «Tiltak i Evenes», «Tiltak med status gul». */
const HEADINGS: Record<FacetKey, (label: string) => string> = {
  strategiomrade: (label) => `Tiltak i strategiområdet ${label}`,
  kommune: (label) => `Tiltak i ${label}`,
  status: (label) => `Tiltak med status ${label.toLowerCase()}`,
  // The years a measure was active: its period, deadline, status date and progress notes (`measureYears`).
  ar: (label) => `Tiltak med aktivitet i ${label}`,
}

/** The heading of the page of one facet value (`/tiltak/<facet>/<value>/`). */
export const facetHeading = (facet: FacetKey, label: string): string => HEADINGS[facet](label)
