import { escapeHtml } from '../../../../schemas/ui/escapeHtml'
import { statusBadgeMarkup } from '../../../../schemas/ui/statusBadgeMarkup'
import type { MeasureGroup } from '../../lib/measureFilter/types'
import type { MeasureItem } from './MeasureItems'

/**
 * `MeasureItems` as an HTML string, byte for byte what React renders (a test holds the two together), for the
 * static lists: a related-measures list is on every measure page, and at 10,000 measures a React render per list
 * cost over a second of the build (docs/performance.md). The /tiltak/ island keeps the React components.
 */
export function measureItemsMarkup(items: readonly MeasureItem[]): string {
  const rows = items.map(
    (item) =>
      '<li class="measure-list__item"><div>' +
      `<a href="${escapeHtml(item.href)}" class="measure-list__title">${escapeHtml(item.title)}</a>` +
      (item.note ? `<p class="measure-list__note">${escapeHtml(item.note)}</p>` : '') +
      `</div>${statusBadgeMarkup({ light: item.status.light, reason: item.status.reason, label: item.status.label })}</li>`,
  )
  return `<ul class="measure-list">${rows.join('')}</ul>`
}

/** `MeasureResults` as an HTML string, byte for byte what React renders: the no-JS lists of the facet pages. */
export function measureResultsMarkup(groups: readonly MeasureGroup[]): string {
  if (groups.length === 0) {
    return '<p class="measure-results__empty">Ingen tiltak passer med filtrene du har valgt.</p>'
  }
  const sections = groups.map((group) => {
    const id = escapeHtml(`gruppe-${group.slug}`)
    return (
      `<section aria-labelledby="${id}"><h2 id="${id}">` +
      `<a href="${escapeHtml(group.href)}">${escapeHtml(group.title)}</a> ` +
      `<span class="measure-results__count">(${group.measures.length})</span></h2>` +
      `${measureItemsMarkup(group.measures)}</section>`
    )
  })
  return `<div class="measure-results">${sections.join('')}</div>`
}
