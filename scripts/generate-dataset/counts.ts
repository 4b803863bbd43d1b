/** How many documents of each generated type a dataset with a given number of measures holds. */
export interface DatasetCounts {
  measures: number
  goals: number
  focusAreas: number
  plans: number
  events: number
  news: number
  people: number
  organisations: number
}

/** Counts to set instead of deriving them from the number of measures. */
export interface CountOverrides {
  /** Focus areas (plans follow at one per ten), to load the list pages without building thousands of measures. */
  focusAreas?: number | undefined
}

/**
 * Proportions follow the real programme's shape (about five measures a goal, five goals a focus area, a handful
 * of focus areas a plan) and never drop below one of a kind, so every page type exists at any size. An override
 * of the focus areas keeps every other count; with more focus areas than goals, some focus areas have no goals.
 */
export function datasetCounts(measures: number, overrides: CountOverrides = {}): DatasetCounts {
  if (!Number.isInteger(measures) || measures < 1) {
    throw new Error(`--measures must be a whole number of at least 1, got ${measures}`)
  }
  const { focusAreas: wanted } = overrides
  if (wanted !== undefined && (!Number.isInteger(wanted) || wanted < 1)) {
    throw new Error(`--focus-areas must be a whole number of at least 1, got ${wanted}`)
  }
  const goals = Math.max(1, Math.round(measures / 5))
  const focusAreas = wanted ?? Math.max(1, Math.round(goals / 5))
  return {
    measures,
    goals,
    focusAreas,
    plans: Math.max(1, Math.round(focusAreas / 10)),
    events: Math.max(1, Math.round(measures / 20)),
    news: Math.max(1, Math.round(measures / 10)),
    people: Math.max(8, Math.round(measures / 25)),
    organisations: Math.max(4, Math.round(measures / 100)),
  }
}
