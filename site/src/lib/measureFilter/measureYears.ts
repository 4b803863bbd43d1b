import type { Measure } from '../content/types'

/**
 * The years a measure was active: every year its period spans, and the years of its deadline, status date and
 * progress notes. A measure with no dates has no year (it appears only when no year is chosen).
 */
export function measureYears(
  measure: Pick<Measure, 'period' | 'deadline' | 'status' | 'progressLog'>,
): string[] {
  const years = new Set<number>()
  const yearOf = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : undefined)
  const start = yearOf(measure.period?.start)
  const end = yearOf(measure.period?.end) ?? start
  if (start !== undefined && end !== undefined) {
    for (let year = start; year <= end; year += 1) years.add(year)
  }
  for (const date of [
    measure.deadline?.date,
    measure.status.asOf,
    ...measure.progressLog.map((entry) => entry.date),
  ]) {
    const year = yearOf(date)
    if (year !== undefined) years.add(year)
  }
  return [...years].sort((a, b) => a - b).map(String)
}
