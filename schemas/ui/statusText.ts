import { RED_REASONS, STATUS_LIGHTS, titleOf } from '../constants'
import type { StatusLight } from '../constants'

/** What a status badge says, in the words of the shared enumerations. */
export interface StatusTextInput {
  light?: string | null
  reason?: string | null
  label?: string | null
}

/** A known light, or «unreported» for anything else: the badge never claims a colour it was not given. */
export function knownLight(light: string | null | undefined): StatusLight {
  return STATUS_LIGHTS.some((choice) => choice.value === light)
    ? (light as StatusLight)
    : 'unreported'
}

/** The short name of a light: «Grønn», «Gul», «Rød», «Ikke rapportert». */
export function lightName(light: StatusLight): string {
  const title = titleOf(STATUS_LIGHTS, light) ?? ''
  return title.split(' – ')[0] ?? title
}

/**
 * The visible text of a status: «Rød: satt på pause», «Gul: under arbeid, i rute», or the editor's label
 * after the light's name («Gul: Under arbeid»).
 */
export function statusText({ light, reason, label }: StatusTextInput): string {
  const known = knownLight(light)
  const name = lightName(known)
  if (known === 'unreported') return label ? `${name}: ${label}` : name
  const why = known === 'red' ? titleOf(RED_REASONS, reason ?? undefined)?.toLowerCase() : undefined
  const meaning = titleOf(STATUS_LIGHTS, known)?.split(' – ')[1]
  const detail = [why ?? (label ? undefined : meaning), label].filter(Boolean).join(' – ')
  return `${name}: ${detail}`
}

// Built once: a formatter per call costs ~0.1 ms, and the site renders a badge on thousands of pages.
const nbDate = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** A date as Norwegian prose, «12. juni 2020»; undefined for anything but a valid YYYY-MM-DD. */
export function formatNbDate(date: string | null | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined
  const parsed = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(parsed.getTime())) return undefined
  return nbDate.format(parsed)
}

const nbMonth = new Intl.DateTimeFormat('nb-NO', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** The month of a date as Norwegian prose, «juni 2020»; undefined for anything but a valid YYYY-MM-DD. */
export function formatNbMonth(date: string | null | undefined): string | undefined {
  if (!formatNbDate(date)) return undefined
  return nbMonth.format(new Date(`${date}T00:00:00Z`))
}
