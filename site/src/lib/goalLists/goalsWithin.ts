import { LIST_PAGE_SIZE } from '../collections/listPageSize'

/**
 * How much a focus area's page shows of its goals: at most one page of a list of measures, under at most 20 goals
 * (of the programme's 14 focus areas, nine have no goal and five have one to three goals of at most seven measures,
 * all shown); the rest are on the focus area's paged measure list (`/tiltak/strategiomrade/<slug>/`).
 */
export const FOCUS_AREA_PAGE_LIMITS = { goals: 20, measures: LIST_PAGE_SIZE } as const

/**
 * How much a goal's page shows of its measures: as many as a focus area's page (the programme's goals have at most
 * seven, all shown); a goal with more has a paged list of its own (`hasMeasureList`).
 */
export const GOAL_PAGE_LIMITS = { goals: 1, measures: FOCUS_AREA_PAGE_LIMITS.measures } as const

/**
 * Whether a goal has more measures than its page shows, and so a paged list of them (`/tiltak/mal/<slug>/`) that
 * its page links to.
 */
export const hasMeasureList = (goal: { measures: readonly unknown[] }): boolean =>
  goal.measures.length > GOAL_PAGE_LIMITS.measures

/** A goal on a bounded list: the goal and how many of its measures the list shows. */
export interface ShownGoal<Goal> {
  goal: Goal
  /** How many of its measures: the first ones, in the order the goal shows them (`MeasuresByStrategy`). */
  measureCount: number
}

/** The goals a bounded list shows, and how many goals and measures there are in all. */
export interface GoalsWithin<Goal> {
  shown: ShownGoal<Goal>[]
  goalCount: number
  measureCount: number
  shownMeasureCount: number
}

/**
 * The goals, in order, that fit within `limits`: whole goals while they fit, then the part of the next goal that
 * does, then the goals without measures that follow, up to the next with measures. A list that shows a goal links
 * its title and each of its measures, so bounding both keeps the list's links bounded however many goals and
 * measures a focus area gets; a goal without measures costs only its title, and fits while the goals bound allows.
 */
export function goalsWithin<Goal extends { measures: readonly unknown[] }>(
  goals: readonly Goal[],
  limits: { goals: number; measures: number },
): GoalsWithin<Goal> {
  const shown: ShownGoal<Goal>[] = []
  let left = limits.measures
  for (const goal of goals) {
    if (shown.length === limits.goals || (left === 0 && goal.measures.length > 0)) break
    const measureCount = Math.min(goal.measures.length, left)
    shown.push({ goal, measureCount })
    left -= measureCount
  }
  return {
    shown,
    goalCount: goals.length,
    measureCount: goals.reduce((sum, goal) => sum + goal.measures.length, 0),
    shownMeasureCount: limits.measures - left,
  }
}
