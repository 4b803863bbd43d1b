import { groupBy } from '../collections/groupBy'
import { lightSlug } from '../status/lightSlug'
import type { FacetSelection, FilterableMeasure, MeasureGroup } from './types'

/** Whether a measure matches every chosen facet. */
export function matches(measure: FilterableMeasure, selection: FacetSelection): boolean {
  return (
    (!selection.strategiomrade || measure.focusArea === selection.strategiomrade) &&
    (!selection.kommune || measure.municipalities.includes(selection.kommune)) &&
    (!selection.status || lightSlug(measure.status.light) === selection.status) &&
    (!selection.ar || measure.years.includes(selection.ar))
  )
}

/**
 * The matching measures grouped by focus area, in focus-area order; empty groups are left out. One pass over the
 * measures (not one per focus area), since a large programme has hundreds of focus areas.
 */
export function groupMeasures(
  measures: readonly FilterableMeasure[],
  groups: readonly Omit<MeasureGroup, 'measures'>[],
  selection: FacetSelection = {},
): MeasureGroup[] {
  const hits = measures.filter((measure) => matches(measure, selection))
  const byArea = groupBy(hits, (measure) => [measure.focusArea])
  return groups.flatMap((group) => {
    const found = byArea.get(group.slug)
    return found ? [{ ...group, measures: found }] : []
  })
}
