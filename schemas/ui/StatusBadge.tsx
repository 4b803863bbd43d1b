import type { StatusLight } from '../constants'
import { ICON_PATHS, timeMarkup } from './statusBadgeParts'
import { formatNbDate, knownLight, statusText } from './statusText'

/** Props of the status badge; values may be null straight from GROQ. */
export interface StatusBadgeProps {
  light?: StatusLight | string | null
  reason?: string | null
  label?: string | null
  /** YYYY-MM-DD: when the status was last assessed. */
  asOf?: string | null
}

/**
 * A measure's traffic-light status as icon and text, shared by the Studio preview and the site (rendered to
 * static HTML there). Styling hangs on `.status-badge[data-light]`; no inline styles, so it passes a strict CSP.
 * The weight and ends of the icon's lines come from CSS (`STATUS_ICON_STROKES`), not from presentation
 * attributes: a 10,000-measure site writes over 200,000 badges, and those attributes were 18 MB of its HTML.
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
        aria-hidden="true"
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
