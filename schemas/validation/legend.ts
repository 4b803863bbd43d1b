import { STATUS_LIGHTS } from '../constants'

/** Problem when the traffic-light legend does not have exactly one entry per light. */
export function legendProblem(entries: unknown): string | undefined {
  const lights = Array.isArray(entries)
    ? entries.map((entry: { light?: unknown }) => entry?.light)
    : []
  const missing = STATUS_LIGHTS.filter(({ value }) => !lights.includes(value)).map((l) => l.title)
  const doubled = STATUS_LIGHTS.filter(
    ({ value }) => lights.filter((light) => light === value).length > 1,
  ).map((l) => l.title)
  const parts = [
    missing.length ? `Legg til forklaring for: ${missing.join('; ')}.` : '',
    doubled.length ? `Fjern doble forklaringer for: ${doubled.join('; ')}.` : '',
  ].filter(Boolean)
  return parts.length
    ? `Forklaringen skal ha nøyaktig én linje per status. ${parts.join(' ')}`
    : undefined
}
