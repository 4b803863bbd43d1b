/** What grouping needs of a goal: its strategies and its measures, each measure with the strategy it is under. */
interface GoalMeasures<Measure> {
  strategies: ReadonlyArray<{ _key: string; title: string }>
  measures: readonly Measure[]
}

type UnderStrategy = { strategyKey: string | null }

/** The key of the group of measures under none of the goal's strategies. */
const OTHER_MEASURES = 'other'

/** One heading of a goal's measures: a strategy («Strategi: …»), or the measures under none of them. */
export interface StrategyGroup<Measure> {
  key: string
  /** «Strategi: <title>», «Andre tiltak» after strategies, or empty for a goal without strategies. */
  title: string
  measures: Measure[]
}

/**
 * A goal's measures under its strategies, in the strategies' order, then the ones under none of them («Andre
 * tiltak»). Groups without measures are kept: callers slice and drop the empty ones.
 */
export function strategyGroups<Measure extends UnderStrategy>(
  goal: GoalMeasures<Measure>,
): StrategyGroup<Measure>[] {
  const known = new Set(goal.strategies.map((strategy) => strategy._key))
  return [
    ...goal.strategies.map((strategy) => ({
      key: strategy._key,
      title: `Strategi: ${strategy.title}`,
      measures: goal.measures.filter((measure) => measure.strategyKey === strategy._key),
    })),
    {
      key: OTHER_MEASURES,
      title: goal.strategies.length > 0 ? 'Andre tiltak' : '',
      measures: goal.measures.filter((measure) => !known.has(measure.strategyKey ?? '')),
    },
  ]
}

/** The goal's measures in the order its pages show them (`strategyGroups`, group after group). */
export function measuresInShownOrder<Measure extends UnderStrategy>(
  goal: GoalMeasures<Measure>,
): Measure[] {
  return strategyGroups(goal).flatMap((group) => group.measures)
}

/**
 * The groups holding the measures `from` to `from + count - 1` of the shown order, each with only those of its
 * measures. A slice that starts inside a strategy repeats its heading. Groups left with no measures are dropped,
 * except the goal's strategies when the slice is the whole goal: a strategy without measures is still part of it.
 */
export function strategyGroupsSlice<Measure extends UnderStrategy>(
  goal: GoalMeasures<Measure>,
  from: number,
  count: number,
): StrategyGroup<Measure>[] {
  const whole = from === 0 && count >= goal.measures.length
  let skip = from
  let left = count
  return strategyGroups(goal)
    .map((group) => {
      const measures = group.measures.slice(skip, skip + left)
      skip = Math.max(0, skip - group.measures.length)
      left -= measures.length
      return { ...group, measures }
    })
    .filter((group) => group.measures.length > 0 || (whole && group.key !== OTHER_MEASURES))
}
