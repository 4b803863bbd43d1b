import { useEffect, useId, useMemo, useState, type ReactNode } from 'react'
import { groupMeasures } from '../../lib/measureFilter/filterMeasures'
import { selectionFromQuery, selectionToQuery } from '../../lib/measureFilter/selectionQuery'
import {
  FACETS,
  FACET_TITLES,
  type FacetKey,
  type FacetOptions,
  type FacetSelection,
  type FilterableMeasure,
  type MeasureGroup,
} from '../../lib/measureFilter/types'
import { MeasureResults } from './MeasureResults'

/**
 * Props of the /tiltak/ island: only the small, fixed-size data. The measures come from `dataUrl` (a static JSON
 * file written at build), so the page does not carry every measure twice (as HTML and as serialised props).
 */
export interface MeasureFilterProps {
  options: FacetOptions
  groups: Omit<MeasureGroup, 'measures'>[]
  /** How many measures there are, for the count before the data has loaded. */
  total: number
  /** How many of them the server-rendered list shows (a long list is paged without JavaScript). */
  staticCount: number
  /** Same-origin URL of the measures as `FilterableMeasure[]` JSON (the CSP allows `connect-src 'self'`). */
  dataUrl: string
  /** The complete server-rendered list: what no-JS visitors get, shown until the data has loaded. */
  children?: ReactNode
}

/** Loads the measures the island filters; a failure leaves the static list in place, with no controls. */
async function loadMeasures(url: string): Promise<FilterableMeasure[]> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`)
  return (await response.json()) as FilterableMeasure[]
}

/** «Viser 3 av 40 tiltak» / «Viser alle 40 tiltak». */
function countText(shown: number, total: number): string {
  return shown === total ? `Viser alle ${total} tiltak` : `Viser ${shown} av ${total} tiltak`
}

/**
 * Filters every measure by focus area, municipality, status and year with native selects. The choice lives in
 * the URL query (shareable, survives reload, back button works) and the result count is announced politely.
 * Server-rendered, it shows its children: the grouped list (or its first page) the no-JS visitor gets.
 */
export function MeasureFilter({
  options,
  groups,
  total,
  staticCount,
  dataUrl,
  children,
}: MeasureFilterProps) {
  const id = useId()
  const [selection, setSelection] = useState<FacetSelection>({})
  const [measures, setMeasures] = useState<FilterableMeasure[] | undefined>(undefined)
  const ready = measures !== undefined

  useEffect(() => {
    let live = true
    loadMeasures(dataUrl).then(
      (loaded) => live && setMeasures(loaded),
      (error: unknown) => console.error(error),
    )
    return () => {
      live = false
    }
  }, [dataUrl])

  useEffect(() => {
    const read = () => setSelection(selectionFromQuery(window.location.search, options))
    read()
    window.addEventListener('popstate', read)
    return () => window.removeEventListener('popstate', read)
  }, [options])

  const choose = (facet: FacetKey, value: string) => {
    const next = { ...selection, [facet]: value || undefined }
    setSelection(next)
    const url = `${window.location.pathname}${selectionToQuery(next)}`
    window.history.pushState(null, '', url)
  }

  const reset = () => {
    setSelection({})
    window.history.pushState(null, '', window.location.pathname)
  }

  const shown = useMemo(
    () => (measures ? groupMeasures(measures, groups, selection) : undefined),
    [measures, groups, selection],
  )
  const count = shown ? shown.reduce((sum, group) => sum + group.measures.length, 0) : staticCount
  const active = FACETS.some((facet) => selection[facet])

  return (
    <div className="measure-filter">
      {ready && (
        <form
          className="measure-filter__form"
          aria-label="Filtrer tiltak"
          onSubmit={(event) => {
            // Choices apply as they are made, so the form's one submit action is «clear the filters»
            // (a submit button also keeps the form operable for tools that expect one, HTML_CodeSniffer H32.2).
            event.preventDefault()
            reset()
          }}
        >
          {FACETS.map((facet) => (
            <div className="ds-field" key={facet}>
              <label className="ds-label" htmlFor={`${id}-${facet}`}>
                {FACET_TITLES[facet]}
              </label>
              <select
                className="ds-input"
                id={`${id}-${facet}`}
                value={selection[facet] ?? ''}
                onChange={(event) => choose(facet, event.target.value)}
              >
                <option value="">Alle</option>
                {options[facet].map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="ds-button" data-variant="secondary" disabled={!active}>
            Nullstill filtre
          </button>
        </form>
      )}
      <p className="measure-filter__count" role="status" aria-live="polite" aria-atomic="true">
        {countText(count, measures?.length ?? total)}
      </p>
      {shown ? <MeasureResults groups={shown} /> : children}
    </div>
  )
}
