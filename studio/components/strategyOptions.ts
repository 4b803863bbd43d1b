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
