import { lightSlug } from '../status/lightSlug'
import type { FacetKey, FacetOption } from './types'

/** The heading of a facet value's page, as a sentence: «Tiltak i Evenes», «Tiltak med status gul». */
const HEADINGS: Record<FacetKey, (option: FacetOption) => string> = {
  strategiomrade: ({ label }) => `Tiltak i strategiområdet ${label}`,
  kommune: ({ label }) => `Tiltak i ${label}`,
  status: ({ value, label }) =>
    value === lightSlug('unreported')
      ? 'Tiltak uten rapportert status'
      : `Tiltak med status ${label.toLowerCase()}`,
  // The years a measure was active: its period, deadline, status date and progress notes (`measureYears`).
  ar: ({ label }) => `Tiltak med aktivitet i ${label}`,
}

/** The heading of the page of one facet value (`/tiltak/<facet>/<value>/`). */
export const facetHeading = (facet: FacetKey, option: FacetOption): string =>
  HEADINGS[facet](option)
