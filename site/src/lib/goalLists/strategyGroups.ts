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
 * measures. A slice that starts inside a strategy repeats its heading. A strategy without measures is kept on the
 * slice that reaches its place in the order (the last slice keeps those at the end), so every strategy of the goal
 * is shown once across its pages; other groups left with no measures are dropped.
 */
export function strategyGroupsSlice<Measure extends UnderStrategy>(
  goal: GoalMeasures<Measure>,
  from: number,
  count: number,
): StrategyGroup<Measure>[] {
  const end = from + count
  const last = end >= goal.measures.length
  let before = 0
  return strategyGroups(goal).flatMap((group) => {
    const at = before
    before += group.measures.length
    const measures = group.measures.slice(Math.max(0, from - at), Math.max(0, end - at))
    if (measures.length > 0) return [{ ...group, measures }]
    const emptyStrategyHere =
      group.measures.length === 0 &&
      group.key !== OTHER_MEASURES &&
      at >= from &&
      (at < end || last)
    return emptyStrategyHere ? [{ ...group, measures }] : []
  })
}
