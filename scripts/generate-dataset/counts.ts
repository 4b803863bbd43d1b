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

/**
 * Proportions follow the real programme's shape (about five measures a goal, five goals a focus area, a handful
 * of focus areas a plan) and never drop below one of a kind, so every page type exists at any size.
 */
export function datasetCounts(measures: number): DatasetCounts {
  if (!Number.isInteger(measures) || measures < 1) {
    throw new Error(`--measures must be a whole number of at least 1, got ${measures}`)
  }
  const goals = Math.max(1, Math.round(measures / 5))
  const focusAreas = Math.max(1, Math.round(goals / 5))
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
