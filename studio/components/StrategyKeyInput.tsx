import { useEffect, useState } from 'react'
import { SelectInput, useClient, useFormValue } from 'sanity'
import type { StringInputProps } from 'sanity'
import { idsOf } from '../../schemas/validation/contextClient'
import { GOAL_STRATEGIES_QUERY } from '../../schemas/validation/strategyKey'
import type { StrategyChoice } from '../../schemas/validation/strategyKey'
import { API_VERSION } from '../apiVersion'
import { strategyOptions } from './strategyOptions'

/** The strategies of the goal with id `goalId`, or an empty list while loading or without a goal. */
function useGoalStrategies(goalId: string | undefined): StrategyChoice[] {
  const client = useClient({ apiVersion: API_VERSION })
  const [strategies, setStrategies] = useState<StrategyChoice[]>([])
  useEffect(() => {
    setStrategies([])
    if (!goalId) return undefined
    let current = true
    client
      .fetch<{ strategies: StrategyChoice[] | null }[]>(GOAL_STRATEGIES_QUERY, {
        ids: idsOf(goalId),
      })
      .then((goals) => current && setStrategies(goals.flatMap((goal) => goal.strategies ?? [])))
      .catch(() => current && setStrategies([]))
    return () => {
      current = false
    }
  }, [client, goalId])
  return strategies
}

/**
 * The measure's strategy as a dropdown of the chosen goal's strategies, so editors pick a title instead of
 * typing a `_key`. Without a goal it falls back to the plain field, which the schema makes read-only then.
 */
export function StrategyKeyInput(props: StringInputProps) {
  const goal = useFormValue(['goal']) as { _ref?: string } | undefined
  const strategies = useGoalStrategies(goal?._ref)
  if (!goal?._ref) return props.renderDefault(props)
  const schemaType = {
    ...props.schemaType,
    options: {
      ...props.schemaType.options,
      layout: 'dropdown' as const,
      list: strategyOptions(strategies, props.value),
    },
  }
  return <SelectInput {...props} schemaType={schemaType} />
}
