import { Card, Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { SelectInput, useClient, useFormValue } from 'sanity'
import type { StringInputProps } from 'sanity'
import { API_VERSION } from '../apiVersion'
import { fetchGoalStrategies, STRATEGIES_FAILED, strategyOptions } from './strategyOptions'
import type { GoalStrategies } from './strategyOptions'

const NONE: GoalStrategies = { strategies: [] }

/** The strategies of the goal with id `goalId`: none while loading or without a goal, or why the fetch failed. */
function useGoalStrategies(goalId: string | undefined): GoalStrategies {
  const client = useClient({ apiVersion: API_VERSION })
  const [result, setResult] = useState<GoalStrategies>(NONE)
  useEffect(() => {
    setResult(NONE)
    if (!goalId) return undefined
    let current = true
    void fetchGoalStrategies((query, params) => client.fetch(query, params), goalId).then(
      (next) => {
        if (!current) return
        if (next.error)
          console.error(`Strategiene til målet ${goalId} kunne ikke hentes:`, next.error)
        setResult(next)
      },
    )
    return () => {
      current = false
    }
  }, [client, goalId])
  return result
}

/**
 * The measure's strategy as a dropdown of the chosen goal's strategies, so editors pick a title instead of
 * typing a `_key`. Without a goal it falls back to the plain field, which the schema makes read-only then. When
 * the strategies cannot be fetched, the editor is told so above the dropdown (which still shows the current value).
 */
export function StrategyKeyInput(props: StringInputProps) {
  const goal = useFormValue(['goal']) as { _ref?: string } | undefined
  const { strategies, error } = useGoalStrategies(goal?._ref)
  if (!goal?._ref) return props.renderDefault(props)
  const schemaType = {
    ...props.schemaType,
    options: {
      ...props.schemaType.options,
      layout: 'dropdown' as const,
      list: strategyOptions(strategies, props.value),
    },
  }
  const select = <SelectInput {...props} schemaType={schemaType} />
  if (!error) return select
  return (
    <Stack gap={3}>
      <Card tone="critical" padding={3} radius={2} border role="alert">
        <Text size={1}>{STRATEGIES_FAILED}</Text>
      </Card>
      {select}
    </Stack>
  )
}
