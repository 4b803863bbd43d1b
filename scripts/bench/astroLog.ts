/** Time Astro reports for rendering one route family (first path segment), from its build log. */
export interface RouteFamilyTime {
  family: string
  pages: number
  totalMs: number
}

const ANSI = /\u001b\[[0-9;]*m/g
// Astro logs every prerendered page as "├─ /prosjekt/x/index.html (+3ms)" (or "└─ …").
const PAGE_LINE = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/

/** Sums Astro's per-page render times by route family, slowest family first. */
export function routeFamilyTimes(log: string): RouteFamilyTime[] {
  const families = new Map<string, RouteFamilyTime>()
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = PAGE_LINE.exec(line)
    if (!match) continue
    const [, path, amount, unit] = match
    const parts = path!.split('/')
    const family = parts.length > 2 ? `/${parts[1]}/` : '/'
    const ms = Number(amount) * (unit === 's' ? 1000 : 1)
    const entry = families.get(family) ?? { family, pages: 0, totalMs: 0 }
    entry.pages++
    entry.totalMs += ms
    families.set(family, entry)
  }
  return [...families.values()].sort((a, b) => b.totalMs - a.totalMs)
}

/** The time Astro reports for "N page(s) built in 4m 23s" (or "9.50s", "850ms"), or undefined without one. */
export function reportedBuildMs(log: string): number | undefined {
  const match = /page\(s\) built in ((?:\d+m )?[\d.]+(?:ms|s))/.exec(log.replace(ANSI, ''))
  if (!match) return undefined
  const [, minutes, amount, unit] = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(match[1]!)!
  return Number(minutes ?? 0) * 60_000 + Number(amount) * (unit === 's' ? 1000 : 1)
}
