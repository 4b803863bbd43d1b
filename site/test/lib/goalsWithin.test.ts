import { describe, expect, test } from 'vitest'
import {
  FOCUS_AREA_PAGE_LIMITS,
  GOAL_PAGE_LIMITS,
  goalsWithin,
} from '../../src/lib/goalLists/goalsWithin'

/** Goals with these numbers of measures, named `g1`, `g2`, … in order. */
const goals = (counts: readonly number[]) =>
  counts.map((count, i) => ({
    name: `g${i + 1}`,
    measures: Array.from({ length: count }, () => ({})),
  }))

/** `count` goals of `measures` measures each. */
const times = (count: number, measures: number) => Array.from({ length: count }, () => measures)

const small = { goals: 3, measures: 10 }

describe('goalsWithin', () => {
  // Each case: the goals' measure counts, the bounds, and how many measures of each goal shown, from the first.
  test.each([
    ['no goal', [], small, []],
    ['whole goals under both bounds', [4, 0, 5], small, [4, 0, 5]],
    ['goals that fill the measures bound exactly', [4, 6], small, [4, 6]],
    // The goals bound, whatever is left of the measures bound.
    ['the goals bound', [1, 1, 1, 1], small, [1, 1, 1]],
    ['the goals bound, goals without measures', [0, 0, 0, 0], small, [0, 0, 0]],
    ['the goals bound, before the measures bound', [2, 2, 2, 2], small, [2, 2, 2]],
    // The measures bound reached in a goal: the part of it that fits, then no goal with measures.
    ['the measures bound in the first goal', [12], small, [10]],
    ['the measures bound in the second goal', [4, 8, 1], small, [4, 6]],
    ['the measures bound in a goal the goals bound keeps', [3, 3, 5, 1], small, [3, 3, 4]],
    // A goal without measures costs only its title: it follows a full list while the goals bound allows.
    ['a goal without measures after a full list', [10, 0], small, [10, 0]],
    [
      'goals without measures up to the next with measures',
      [10, 0, 0, 3],
      { goals: 5, measures: 10 },
      [10, 0, 0],
    ],
    ['a goal without measures after a goal shown in part', [12, 0], small, [10, 0]],
    ['goals without measures, then the goals bound', [10, 0, 0, 0], small, [10, 0, 0]],
    ['a measures bound of 0', [0, 0, 2, 0], { goals: 3, measures: 0 }, [0, 0]],
    // The pages' bounds.
    ['a focus area of 50 and 0', [50, 0], FOCUS_AREA_PAGE_LIMITS, [50, 0]],
    ['a focus area of 120 and 5', [120, 5], FOCUS_AREA_PAGE_LIMITS, [50]],
    ['a focus area of 25 goals of one', times(25, 1), FOCUS_AREA_PAGE_LIMITS, times(20, 1)],
    ['a focus area of 200 goals of five', times(200, 5), FOCUS_AREA_PAGE_LIMITS, times(10, 5)],
    ['a goal of 51', [51], GOAL_PAGE_LIMITS, [50]],
    ['a goal of 0', [0], GOAL_PAGE_LIMITS, [0]],
  ])('%s', (_, counts, limits, shown) => {
    const all = goals(counts)
    const result = goalsWithin(all, limits)
    expect(result.shown.map(({ measureCount }) => measureCount)).toEqual(shown)
    expect(result.shown.map(({ goal }) => goal)).toEqual(all.slice(0, shown.length))
    expect(result.goalCount).toBe(counts.length)
    expect(result.measureCount).toBe(counts.reduce((sum, count) => sum + count, 0))
    expect(result.shownMeasureCount).toBe(shown.reduce((sum, count) => sum + count, 0))
  })
})
