import { idsOf } from '../../schemas/validation/contextClient'
import { GOAL_STRATEGIES_QUERY } from '../../schemas/validation/strategyKey'
import type { StrategyChoice } from '../../schemas/validation/strategyKey'

/** One choice of the strategy dropdown. */
export interface StrategyOption {
  value: string
  title: string
}

/**
 * Dropdown choices for a measure's strategy: the goal's strategies (draft and published merged by key), plus the
 * current value when it is not among them, marked so the editor sees why validation complains.
 */
export function strategyOptions(
  strategies: readonly StrategyChoice[],
  current: string | undefined,
): StrategyOption[] {
  const byKey = new Map<string, StrategyOption>()
  for (const { _key, title } of strategies) {
    if (!byKey.has(_key))
      byKey.set(_key, { value: _key, title: title?.trim() || `Strategi uten tittel (${_key})` })
  }
  if (current && !byKey.has(current)) {
    byKey.set(current, { value: current, title: `${current} – finnes ikke under dette målet` })
  }
  return [...byKey.values()]
}

/** The goal's strategies for the dropdown, or the reason they could not be fetched. */
export type GoalStrategies =
  { strategies: StrategyChoice[]; error?: undefined } | { strategies: []; error: Error }

/** The part of a Sanity client `fetchGoalStrategies` needs. */
export type StrategyFetch = (
  query: string,
  params: { ids: string[] },
) => Promise<{ strategies: StrategyChoice[] | null }[]>

/** Fetches the strategies of the goal `goalId` (draft and published); a failed fetch is returned, not thrown. */
export async function fetchGoalStrategies(
  fetch: StrategyFetch,
  goalId: string,
): Promise<GoalStrategies> {
  try {
    const goals = await fetch(GOAL_STRATEGIES_QUERY, { ids: idsOf(goalId) })
    return { strategies: goals.flatMap((goal) => goal.strategies ?? []) }
  } catch (error) {
    return { strategies: [], error: error instanceof Error ? error : new Error(String(error)) }
  }
}

/** What the editor is told when the goal's strategies could not be fetched. */
export const STRATEGIES_FAILED =
  'Klarte ikke å hente strategiene til målet. Sjekk nettforbindelsen og last siden på nytt.'
