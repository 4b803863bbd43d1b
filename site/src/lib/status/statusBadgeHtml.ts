import { StatusBadge, type StatusBadgeProps } from '../../../../schemas/ui/StatusBadge'
import { memoStaticHtml } from '../render/staticHtml'

/** The shared StatusBadge as static HTML, rendered once per distinct status for the whole build. */
export const statusBadgeHtml = memoStaticHtml<StatusBadgeProps>(StatusBadge, (status) =>
  JSON.stringify([status.light, status.reason, status.label, status.asOf]),
)
