import { describe, expect, test } from 'vitest'
import { parseSearchIndexMode, searchIndexMode } from '../../src/lib/search/searchIndexMode'

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
