import type { StatusLight } from '../../../../schemas/constants'

/** A light as it appears in addresses: `/tiltak/status/gul/`, `/tiltak/?status=ikke-rapportert`. */
const LIGHT_SLUGS: Record<StatusLight, string> = {
  green: 'gronn',
  yellow: 'gul',
  red: 'rod',
  unreported: 'ikke-rapportert',
}

/** The address form of a light: Norwegian, as visitors read it, not the code the content stores. */
export const lightSlug = (light: StatusLight): string => LIGHT_SLUGS[light]
