import type { PreviewProps } from 'sanity'
import { styled } from 'styled-components'
import { StatusBadge } from '../../schemas/ui/StatusBadge'
import { STATUS_ICON_STROKES } from '../../schemas/ui/statusBadgeParts'

/** The extra values the measure schema's preview `prepare` hands on for this component. */
export interface MeasurePreviewValue {
  light?: string
  reason?: string | null
  statusLabel?: string | null
  asOf?: string | null
  goalTitle?: string | null
}

/**
 * The weight and ends of the badge icon's lines, as the site's global.css draws them: the Studio has none of our
 * stylesheets.
 */
const BadgeFrame = styled.span`
  & .status-badge__icon {
    ${Object.entries(STATUS_ICON_STROKES)
      .map(([property, value]) => `${property}: ${value};`)
      .join(' ')}
  }
`

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
    subtitle: (
      <BadgeFrame>
        <StatusBadge light={light} reason={reason} label={statusLabel} asOf={asOf} />
      </BadgeFrame>
    ),
    description: goalTitle ?? undefined,
  })
}
