import type { PathSegment, ValidationError } from 'sanity'
import { osloToday } from './today'

/** The part of a progress entry the order rule reads. */
interface DatedEntry {
  _key?: string
  date?: string
}

/**
 * Problems with a progress log: entries must run oldest first and none may lie after `today` (YYYY-MM-DD).
 * Paths point at each offending entry's date.
 */
export function progressLogProblems(entries: unknown, today: string): ValidationError[] {
  if (!Array.isArray(entries)) return []
  const problems: ValidationError[] = []
  let previous: string | undefined
  entries.forEach((entry: DatedEntry, index) => {
    const segment: PathSegment = entry?._key ? { _key: entry._key } : index
    const date = entry?.date
    if (!date) return
    if (date > today) {
      problems.push({
        message: `Datoen ${date} ligger fram i tid. Loggen gjelder det som har skjedd: rett datoen.`,
        path: [segment, 'date'],
      })
    }
    if (previous && date < previous) {
      problems.push({
        message: `Notatet fra ${date} står etter et notat fra ${previous}. Sorter loggen med eldste notat først.`,
        path: [segment, 'date'],
      })
    }
    previous = previous && previous > date ? previous : date
  })
  return problems
}

/** Array validator for a measure's progress log, judged against today's date in Norway. */
export function progressLogInOrder(entries: unknown): true | ValidationError[] {
  const problems = progressLogProblems(entries, osloToday())
  return problems.length === 0 ? true : problems
}
