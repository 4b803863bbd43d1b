import type { ValidationContext } from 'sanity'
import { fetchForValidation, idsOf, referencedId } from './contextClient'

/** A strategy of a goal as the rule sees it. */
export interface StrategyChoice {
  _key: string
  title?: string
}

/** The strategies of a goal, draft or published. */
export const GOAL_STRATEGIES_QUERY = '*[_id in $ids]{"strategies": strategies[]{_key, title}}'

/** Problem when `key` is not the `_key` of one of `strategies`, naming the keys that are allowed. */
export function strategyKeyProblem(
  key: unknown,
  strategies: readonly StrategyChoice[],
): string | undefined {
  if (typeof key !== 'string' || !key) return undefined
  if (strategies.some((strategy) => strategy._key === key)) return undefined
  if (strategies.length === 0) {
    return `Målet har ingen strategier, så «${key}» finnes ikke. Tøm feltet eller legg strategien til på målet.`
  }
  const choices = strategies.map((s) => `${s._key} («${s.title ?? 'uten tittel'}»)`).join(', ')
  return `«${key}» er ikke en strategi under det valgte målet. Bruk en av: ${choices}.`
}

/** Field validator: the measure's strategy must belong to its goal. Skips when the goal cannot be looked up. */
export async function strategyOfGoal(
  key: unknown,
  context: ValidationContext,
): Promise<true | string> {
  const goalId = referencedId(context.document, 'goal')
  if (typeof key !== 'string' || !key || !goalId) return true
  const goals = await fetchForValidation<{ strategies: StrategyChoice[] | null }[]>(
    context,
    GOAL_STRATEGIES_QUERY,
    { ids: idsOf(goalId) },
  )
  if (!goals || goals.length === 0) return true
  const strategies = goals.flatMap((goal) => goal.strategies ?? [])
  return strategyKeyProblem(key, strategies) ?? true
}
