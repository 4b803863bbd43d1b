import type { ValidationError } from 'sanity'

/**
 * Problem when `end` lies before `start`. Both are ISO strings of the same precision (YYYY-MM or YYYY-MM-DD),
 * which compare correctly as text.
 */
export function endBeforeStart(start: unknown, end: unknown): string | undefined {
  if (typeof start !== 'string' || typeof end !== 'string' || !start || !end) return undefined
  return end < start
    ? `Slutten (${end}) ligger før starten (${start}). Rett en av datoene.`
    : undefined
}

/**
 * Field validator for the `end` of a `{start, end}` range. It sits on the field, not on the range type, because
 * a field's own validation (e.g. «required» on a programme period) replaces the validation of its type.
 */
export function endAfterStart(end: unknown, context: { parent?: unknown }): true | string {
  return endBeforeStart((context.parent as { start?: unknown } | undefined)?.start, end) ?? true
}

/** Field validator for the `endYear` of a `yearRange`: a period cannot end in a year before it starts. */
export function endYearAfterStartYear(
  endYear: unknown,
  context: { parent?: unknown },
): true | string {
  const startYear = (context.parent as { startYear?: unknown } | undefined)?.startYear
  if (typeof startYear !== 'number' || typeof endYear !== 'number') return true
  return endYear < startYear
    ? `«Til år» (${endYear}) er før «Fra år» (${startYear}). Rett ett av årstallene.`
    : true
}

/** The date and time fields of an event document. */
interface EventTimes {
  startDate?: string
  endDate?: string
  startTime?: string
  endTime?: string
}

/** Problems with an event's order of start and end, dates first, then times on a one-day event. */
export function eventTimeProblems(event: unknown): true | ValidationError[] {
  const { startDate, endDate, startTime, endTime } = (event ?? {}) as EventTimes
  const dateMessage = endBeforeStart(startDate, endDate)
  if (dateMessage) return [{ message: dateMessage, path: ['endDate'] }]
  const oneDay = !endDate || endDate === startDate
  if (oneDay && startTime && endTime && endTime < startTime) {
    return [
      {
        message: `Sluttiden (${endTime}) er før starttiden (${startTime}) samme dag. Rett tiden, eller fyll inn sluttdato.`,
        path: ['endTime'],
      },
    ]
  }
  return true
}
