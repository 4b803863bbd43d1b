import type { StatusLight } from '../../../../schemas/constants'
import { lightName } from '../../lib/status/lightName'

/** Temporary stand-in with the shared badge's markup contract (`.status-badge[data-light]`, icon + text). */
export function StatusBadge({
  light,
  label,
}: {
  light: StatusLight
  reason?: string
  label?: string
}) {
  return (
    <span className="status-badge" data-light={light}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9" fill="currentColor" />
      </svg>
      <span>{label ? `${lightName(light)}: ${label}` : lightName(light)}</span>
    </span>
  )
}
