import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { ClockIcon } from '@sanity/icons/Clock'
import { CloseCircleIcon } from '@sanity/icons/CloseCircle'
import { HelpCircleIcon } from '@sanity/icons/HelpCircle'
import type { StatusLight } from '../constants'

/** Studio icon per traffic light: a different shape for each, so colour never carries the meaning alone. */
export const LIGHT_ICONS = {
  green: CheckmarkCircleIcon,
  yellow: ClockIcon,
  red: CloseCircleIcon,
  unreported: HelpCircleIcon,
} satisfies Record<StatusLight, unknown>
