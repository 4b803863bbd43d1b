import type { StatusLight } from '../constants'
import { formatNbDate, knownLight, statusText } from './statusText'

/** Props of the status badge; values may be null straight from GROQ. */
export interface StatusBadgeProps {
  light?: StatusLight | string | null
  reason?: string | null
  label?: string | null
  /** YYYY-MM-DD: when the status was last assessed. */
  asOf?: string | null
}

/** One shape per light, so the badge never depends on colour: check, clock, cross, question mark. */
const ICON_PATHS: Record<StatusLight, readonly string[]> = {
  green: ['M4.5 12.5l5 5L19.5 7'],
  yellow: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M12 7v5l3.5 2'],
  red: ['M6 6l12 12', 'M18 6L6 18'],
  unreported: ['M9 9.5a3 3 0 1 1 4.5 2.6c-.9.5-1.5 1.2-1.5 2.2v.7', 'M12 18.5v.5'],
}

/** ` per <time datetime="2020-06-12">12. juni 2020</time>` with both values escaped. */
function timeMarkup(iso: string, text: string): string {
  const escape = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
  return ` per <time datetime="${escape(iso)}">${escape(text)}</time>`
}

/**
 * A measure's traffic-light status as icon and text, shared by the Studio preview and the site (rendered to
 * static HTML there). Styling hangs on `.status-badge[data-light]`; no inline styles, so it passes a strict CSP.
 */
export function StatusBadge({ light, reason, label, asOf }: StatusBadgeProps) {
  const known = knownLight(light)
  const date = formatNbDate(asOf)
  return (
    <span className="status-badge" data-light={known}>
      <svg
        className="status-badge__icon"
        viewBox="0 0 24 24"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        {ICON_PATHS[known].map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
      <span className="status-badge__text">{statusText({ light: known, reason, label })}</span>
      {date && asOf ? (
        // React writes the attribute as `dateTime`; html-validate (attr-case) wants lower case, so the small
        // <time> is emitted as markup. Both values are safe: asOf matched YYYY-MM-DD and date is Intl output.
        <span
          className="status-badge__date"
          dangerouslySetInnerHTML={{ __html: timeMarkup(asOf, date) }}
        />
      ) : null}
    </span>
  )
}
