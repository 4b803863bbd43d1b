import type { MeasureGroup } from '../../lib/measureFilter/types'
import { MeasureItems } from './MeasureItems'

/** Props of the grouped measure list. */
export interface MeasureResultsProps {
  groups: readonly MeasureGroup[]
}

/**
 * Measures grouped by focus area, each a link with its traffic light. Rendered by the /tiltak/ island and, with
 * no client directive, as plain HTML on the facet pages.
 */
export function MeasureResults({ groups }: MeasureResultsProps) {
  if (groups.length === 0) {
    return <p className="measure-results__empty">Ingen tiltak passer med filtrene du har valgt.</p>
  }
  return (
    <div className="measure-results">
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`gruppe-${group.slug}`}>
          <h2 id={`gruppe-${group.slug}`}>
            <a href={group.href}>{group.title}</a>{' '}
            <span className="measure-results__count">({group.measures.length})</span>
          </h2>
          <MeasureItems items={group.measures} />
        </section>
      ))}
    </div>
  )
}
