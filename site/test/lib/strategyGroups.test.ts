import { describe, expect, test } from 'vitest'
import { measuresInShownOrder, strategyGroups } from '../../src/lib/goalLists/strategyGroups'

const measure = (id: string, strategyKey: string | null) => ({ _id: id, strategyKey })
const goal = {
  strategies: [
    { _key: 'a', title: 'Vekst', description: null },
    { _key: 'b', title: 'Kompetanse', description: null },
  ],
  measures: [
    measure('m1', 'b'),
    measure('m2', null),
    measure('m3', 'a'),
    measure('m4', 'gone'),
    measure('m5', 'b'),
  ],
}

describe('strategyGroups', () => {
  test('groups the measures under the strategies in their order, then the rest as «Andre tiltak»', () => {
    expect(
      strategyGroups(goal).map(({ title, measures }) => [title, measures.map((m) => m._id)]),
    ).toEqual([
      ['Strategi: Vekst', ['m3']],
      ['Strategi: Kompetanse', ['m1', 'm5']],
      // Under no strategy, or under one the goal no longer has.
      ['Andre tiltak', ['m2', 'm4']],
    ])
  })

  test('a goal without strategies has one group without a heading', () => {
    const plain = { strategies: [], measures: goal.measures }
    expect(strategyGroups(plain).map(({ title, measures }) => [title, measures.length])).toEqual([
      ['', 5],
    ])
  })
})

test('measuresInShownOrder follows the groups', () => {
  expect(measuresInShownOrder(goal).map((m) => m._id)).toEqual(['m3', 'm1', 'm5', 'm2', 'm4'])
})
