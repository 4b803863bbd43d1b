import type { StatusBadgeProps } from './StatusBadge'
import { escapeHtml } from './escapeHtml'
import { ICON_PATHS, timeMarkup } from './statusBadgeParts'
import { formatNbDate, knownLight, statusText } from './statusText'

// Badges by status. A large build writes the same badges hundreds of thousands of times (every measure list of
// the facet pages); the distinct ones are a few per light, reason, label and status date, so each is written once.
const badges = new Map<string, string>()

/**
 * The StatusBadge as an HTML string, byte for byte what React renders for `<StatusBadge>` (a test holds the two
 * together). The site's single badges (a measure's status, its progress log, the legend) insert it with
 * `<Fragment set:html>`: a measure page has about eight, so at 10,000 measures a React render per badge cost
 * seconds, and an Astro component per badge was measurable too (docs/performance.md). The static measure lists
 * use it too (`measureListMarkup`); the Studio preview and the /tiltak/ island keep the React component.
 */
export function statusBadgeMarkup({ light, reason, label, asOf }: StatusBadgeProps): string {
  const key = JSON.stringify([light, reason, label, asOf])
  let markup = badges.get(key)
  if (markup === undefined) {
    markup = badgeMarkup({ light, reason, label, asOf })
    badges.set(key, markup)
  }
  return markup
}

function badgeMarkup({ light, reason, label, asOf }: StatusBadgeProps): string {
  const known = knownLight(light)
  const date = formatNbDate(asOf)
  const paths = ICON_PATHS[known].map((d) => `<path d="${escapeHtml(d)}"></path>`).join('')
  return (
    `<span class="status-badge" data-light="${known}">` +
    '<svg class="status-badge__icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" ' +
    `stroke="currentColor" aria-hidden="true">${paths}</svg>` +
    `<span class="status-badge__text">${escapeHtml(statusText({ light: known, reason, label }))}</span>` +
    (date && asOf ? `<span class="status-badge__date">${timeMarkup(asOf, date)}</span>` : '') +
    '</span>'
  )
}
