import { describe, expect, test } from 'vitest'
import { searchParts, type PagefindResult } from '../../src/lib/search/pagefindClient'

/** Pages by id, with their words; the parts hold pages as `indexRecords` splits them (page i in part i % 3). */
const PAGES: Record<string, string[]> = {
  p0: ['havbruk', 'evenes'],
  p1: ['reiseliv', 'evenes'],
  p2: ['havbruk', 'narvik'],
  p3: ['reiseliv', 'narvik'],
  p4: ['kultur', 'evenes'],
  p5: ['kultur', 'harstad'],
}
const PARTS = [0, 1, 2].map((part) => Object.keys(PAGES).filter((_, i) => i % 3 === part))

/** The pages of `ids` holding every word of `term` that they hold at all: how Pagefind answers over one index. */
function answer(ids: string[], term: string): string[] {
  const held = term
    .split(/\s+/)
    .filter((word) => word && ids.some((id) => PAGES[id]!.includes(word)))
  if (held.length === 0) return []
  return ids.filter((id) => held.every((word) => PAGES[id]!.includes(word)))
}

const result = (id: string): PagefindResult => ({ id, data: () => Promise.reject(new Error(id)) })
/** Pagefind's merged search over the parts: each part answers on its own. */
const merged = async (term: string) =>
  PARTS.flatMap((ids) => answer(ids, term)).map((id) => result(id))
const ids = (results: PagefindResult[]) => results.map((r) => r.id).sort()

describe('searchParts', () => {
  test.each([
    'havbruk',
    'havbruk evenes',
    'havbruk  evenes',
    'havbruk evenes havbruk',
    'reiseliv narvik',
    'kultur harstad',
    'havbruk harstad',
    'xyzzy evenes',
    'xyzzy qwerty',
  ])('«%s»: the hits one index would give', async (term) => {
    expect(ids(await searchParts(merged, term))).toEqual(answer(Object.keys(PAGES), term).sort())
  })

  test('the merged search alone answers «havbruk harstad» with pages that lack a word', async () => {
    // Without the filter: the first part holds no «harstad», so it answers for «havbruk» alone.
    expect(ids(await merged('havbruk harstad'))).toEqual(['p0'])
    expect(ids(await searchParts(merged, 'havbruk harstad'))).toEqual([])
  })
})
