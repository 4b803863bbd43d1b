import { describe, expect, test } from 'vitest'
import { searchIndexCpu } from '../searchIndexCpu.ts'

describe('searchIndexCpu', () => {
  test("sums Pagefind's processes, under either binary name, and nothing else", () => {
    expect(
      searchIndexCpu({ MainThread: 30_000, pagefind_extend: 15_000, pagefind: 1_000, sh: 5 }),
    ).toEqual({ searchIndexCpuMs: 16_000 })
  })

  test('gives no figure when no Pagefind process was seen, rather than 0', () => {
    expect(searchIndexCpu({ MainThread: 30_000 })).toEqual({})
  })
})
