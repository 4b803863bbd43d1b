import type { Light, StatusSummary } from '../content/types'

/** The measures of the focus areas a summary leaves out, counted together. */
export interface OtherFocusAreas {
  /** How many focus areas are counted here. */
  focusAreas: number
  counts: Record<Light, number>
  total: number
}

/**
 * The row title of the focus areas counted together, in the table and the chart alike: «Øvrige 12
 * strategiområder», and for one «Ett annet strategiområde» («øvrige» and the plural do not take a single one).
 */
export function othersTitle(others: Pick<OtherFocusAreas, 'focusAreas'>): string {
  return others.focusAreas === 1
    ? 'Ett annet strategiområde'
    : `Øvrige ${others.focusAreas} strategiområder`
}

/**
 * A summary of some focus areas, the rest counted in `others`, so the totals stay the programme's. A whole
 * summary is one too (no `others`).
 */
export type PartialSummary = StatusSummary & { others?: OtherFocusAreas | null }

/**
 * The rows of `summary` for the focus areas in `ids` (in the summary's order), with every other focus area
 * counted in one `others` row (`null` when none is left out), so a bounded table still adds up to its total.
 */
export function summaryFor(summary: StatusSummary, ids: Iterable<string>): PartialSummary {
  const shown = new Set(ids)
  const focusAreas = summary.focusAreas.filter((row) => shown.has(row.focusArea._id))
  const left = summary.focusAreas.filter((row) => !shown.has(row.focusArea._id))
  if (left.length === 0) return { ...summary, focusAreas, others: null }
  const counts = Object.fromEntries(
    summary.lights.map((light) => [light, left.reduce((sum, row) => sum + row.counts[light], 0)]),
  ) as Record<Light, number>
  const total = left.reduce((sum, row) => sum + row.total, 0)
  return { ...summary, focusAreas, others: { focusAreas: left.length, counts, total } }
}
