import type { PreviewProps } from 'sanity'
import { StatusBadge } from '../../schemas/ui/StatusBadge'

/** The extra values the measure schema's preview `prepare` hands on for this component. */
export interface MeasurePreviewValue {
  light?: string
  reason?: string | null
  statusLabel?: string | null
  asOf?: string | null
  goalTitle?: string | null
}

/**
 * Measure previews in lists and references: the shared StatusBadge (icon and text) as subtitle, the goal as
 * description. Falls back to the default preview when the values did not come from the measure `prepare`.
 */
export function MeasurePreview(props: PreviewProps) {
  const { light, reason, statusLabel, asOf, goalTitle } = props as PreviewProps &
    MeasurePreviewValue
  if (light === undefined) return props.renderDefault(props)
  return props.renderDefault({
    ...props,
    subtitle: <StatusBadge light={light} reason={reason} label={statusLabel} asOf={asOf} />,
    description: goalTitle ?? undefined,
  })
}
