import { describe, expect, test } from 'vitest'
import { MAX_RECORDS_PER_PART } from '../../src/lib/search/indexParts'
import {
  parseSearchIndexMode,
  searchIndexMode,
  searchPartSize,
} from '../../src/lib/search/searchIndexMode'

describe('searchIndexMode', () => {
  test.each([
    [undefined, 'during'],
    ['', 'during'],
    ['during', 'during'],
    ['after', 'after'],
  ])('DRIVKRAFT_SEARCH_INDEX=%j is %s', (value, mode) => {
    expect(searchIndexMode({ DRIVKRAFT_SEARCH_INDEX: value })).toBe(mode)
  })

  test('names the variable, the bad value and both choices', () => {
    expect(() => searchIndexMode({ DRIVKRAFT_SEARCH_INDEX: 'later' })).toThrow(
      /DRIVKRAFT_SEARCH_INDEX is "later": use "during" .* or "after"/,
    )
  })
  test('names the flag it was given as', () => {
    expect(() => parseSearchIndexMode('soon', '--search-index')).toThrow(
      /^--search-index is "soon"/,
    )
  })
})

describe('searchPartSize', () => {
  test.each([
    [undefined, MAX_RECORDS_PER_PART],
    ['', MAX_RECORDS_PER_PART],
    ['1', 1],
    ['20000', 20000],
  ])('DRIVKRAFT_SEARCH_PART_SIZE=%j is %i records', (value, size) => {
    expect(searchPartSize({ DRIVKRAFT_SEARCH_PART_SIZE: value })).toBe(size)
  })

  test.each(['0', '-5', '2.5', '1e4', 'mange', ' 30'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => searchPartSize({ DRIVKRAFT_SEARCH_PART_SIZE: value })).toThrow(
        `DRIVKRAFT_SEARCH_PART_SIZE is "${value}": give a whole number of records above 0`,
      )
    },
  )
})
