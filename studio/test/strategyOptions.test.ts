import { describe, expect, test } from 'vitest'
import { GOAL_STRATEGIES_QUERY } from '../../schemas/validation/strategyKey'
import {
  fetchGoalStrategies,
  STRATEGIES_FAILED,
  strategyOptions,
} from '../components/strategyOptions'
import { studioSchemaTypes } from '../schemaTypes'
import { StrategyKeyInput } from '../components/StrategyKeyInput'

describe('strategyOptions', () => {
  test.each([
    [
      'the goal’s strategies by title',
      [{ _key: 'k1', title: 'Samferdsel' }],
      undefined,
      [['k1', 'Samferdsel']],
    ],
    [
      'draft and published merged by key',
      [
        { _key: 'k1', title: 'Samferdsel (utkast)' },
        { _key: 'k1', title: 'Samferdsel' },
      ],
      'k1',
      [['k1', 'Samferdsel (utkast)']],
    ],
    [
      'an untitled strategy named by key',
      [{ _key: 'k2' }],
      undefined,
      [['k2', 'Strategi uten tittel (k2)']],
    ],
    [
      'a value the goal lacks, marked',
      [{ _key: 'k1', title: 'Samferdsel' }],
      'k9',
      [
        ['k1', 'Samferdsel'],
        ['k9', 'k9 – finnes ikke under dette målet'],
      ],
    ],
  ])('%s', (_name, strategies, current, expected) => {
    expect(strategyOptions(strategies, current).map(({ value, title }) => [value, title])).toEqual(
      expected,
    )
  })
})

test('the Studio attaches the dropdown to the measure’s strategy field only', () => {
  const measure = studioSchemaTypes.find((type) => type.name === 'measure') as unknown as {
    fields: { name: string; components?: { input?: unknown } }[]
  }
  const withInput = measure.fields.filter((field) => field.components?.input === StrategyKeyInput)
  expect(withInput.map((field) => field.name)).toEqual(['strategyKey'])
})

describe('fetchGoalStrategies', () => {
  test('asks for the goal as draft and published and flattens their strategies', async () => {
    const asked: unknown[] = []
    const result = await fetchGoalStrategies(async (query, params) => {
      asked.push(params)
      expect(query).toBe(GOAL_STRATEGIES_QUERY)
      return [{ strategies: [{ _key: 'k1', title: 'Samferdsel' }] }, { strategies: null }]
    }, 'goal.a')
    expect(asked).toEqual([{ ids: ['goal.a', 'drafts.goal.a'] }])
    expect(result).toEqual({ strategies: [{ _key: 'k1', title: 'Samferdsel' }] })
  })

  test('a failed fetch comes back as its error, with no strategies, instead of an empty list that looks fine', async () => {
    const result = await fetchGoalStrategies(async () => {
      throw new Error('Request error while attempting to reach https://x.api.sanity.io')
    }, 'goal.a')
    expect(result.strategies).toEqual([])
    expect(result.error?.message).toContain('Request error')
    expect(STRATEGIES_FAILED).toMatch(/^Klarte ikke å hente strategiene/)
  })
})
