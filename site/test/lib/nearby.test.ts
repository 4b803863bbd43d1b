import { describe, expect, test } from 'vitest'
import { nearby } from '../../src/lib/goalLists/nearby'

/** The numbers 1 to `count`, as a list of goals numbered in order. */
const list = (count: number) => Array.from({ length: count }, (_, i) => i + 1)

describe('nearby', () => {
  test.each([
    // An index outside the list: its first `count` items.
    ['index −1', 30, -1, 10, list(10)],
    ['index just past the end', 30, 30, 10, list(10)],
    ['index far past the end', 30, 99, 10, list(10)],
    ['index −1, count above the length', 4, -1, 10, list(4)],
    // As many before as after where the list allows.
    ['the first', 30, 0, 10, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ['the second', 30, 1, 10, [1, 3, 4, 5, 6, 7, 8, 9, 10, 11]],
    ['the middle', 30, 15, 10, [11, 12, 13, 14, 15, 17, 18, 19, 20, 21]],
    ['the one before the last', 30, 28, 10, [20, 21, 22, 23, 24, 25, 26, 27, 28, 30]],
    ['the last', 30, 29, 10, [20, 21, 22, 23, 24, 25, 26, 27, 28, 29]],
    ['an odd count: the extra one after', 30, 15, 3, [15, 17, 18]],
    // A count at or above the list's length: every other item.
    ['count one below the length', 5, 2, 4, [1, 2, 4, 5]],
    ['count equal to the length', 5, 2, 5, [1, 2, 4, 5]],
    ['count above the length, the first', 5, 0, 10, [2, 3, 4, 5]],
    ['count above the length, the last', 5, 4, 10, [1, 2, 3, 4]],
    ['a list of one', 1, 0, 10, []],
    ['count 0', 30, 15, 0, []],
    // Nothing to show.
    ['an empty list, index −1', 0, -1, 10, []],
    ['an empty list, index 0', 0, 0, 10, []],
  ])('%s: of %i, index %i, count %i → %j', (_, length, index, count, expected) => {
    expect(nearby(list(length), index, count)).toEqual(expected)
  })

  /** The items that are among another item's neighbours. */
  const reached = (items: number[], count: number) =>
    [...new Set(items.flatMap((_, index) => nearby(items, index, count)))].sort((a, b) => a - b)

  test.each([2, 3, 9, 10, 11, 29, 30])(
    'of 30, count %i: each item is among a neighbour’s',
    (count) => {
      expect(reached(list(30), count)).toEqual(list(30))
    },
  )

  // One neighbour each cannot reach every item without wrapping around: each item's is the next, the last's the one
  // before, and none has the first.
  test('of 30, count 1: every item but the first is among a neighbour’s', () => {
    expect(reached(list(30), 1)).toEqual(list(30).slice(1))
  })
})
