import type { StatusLight } from '../constants'
import { escapeHtml } from './escapeHtml'

/** One shape per light, so the badge never depends on colour: check, clock, cross, question mark. */
export const ICON_PATHS: Record<StatusLight, readonly string[]> = {
  green: ['M4.5 12.5l5 5L19.5 7'],
  yellow: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M12 7v5l3.5 2'],
  red: ['M6 6l12 12', 'M18 6L6 18'],
  unreported: ['M9 9.5a3 3 0 1 1 4.5 2.6c-.9.5-1.5 1.2-1.5 2.2v.7', 'M12 18.5v.5'],
}

/**
 * The weight and ends of the badge icon's lines, as CSS declarations: the site's global.css applies them to
 * `.status-badge svg` and the Studio's measure preview to the icon (a test holds global.css to this list). The
 * markup itself only says to draw unfilled lines in the text colour, so that without a stylesheet the icon keeps
 * its shape, in thinner lines.
 */
export const STATUS_ICON_STROKES: Readonly<Record<string, string>> = {
  'stroke-width': '2.5',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
}

/** ` per <time datetime="2020-06-12">12. juni 2020</time>` with both values escaped. */
export function timeMarkup(iso: string, text: string): string {
  return ` per <time datetime="${escapeHtml(iso)}">${escapeHtml(text)}</time>`
}
