import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { indexRecords } from '../../src/lib/search/indexRecords'
import { fragmentRecords } from './fragmentRecords'

const dir = mkdtempSync(join(tmpdir(), 'index-records-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const records = fragmentRecords(12)

/** Indexes the records into a folder of its own and says how many fragment files and pages it wrote. */
async function index(name: string, maxFragmentFiles?: number) {
  const out = join(dir, name)
  const count = await indexRecords(records, out, maxFragmentFiles ? { maxFragmentFiles } : {})
  const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  return {
    count,
    pages: entry.languages.nb?.page_count,
    fragmentFiles: readdirSync(join(out, 'fragment')).length,
  }
}

describe('indexRecords', () => {
  test('below the limit, every page has a fragment file of its own', async () => {
    expect(await index('own')).toEqual({ count: 12, pages: 12, fragmentFiles: 12 })
  })

  test('above the limit, the pages share at most that many fragment files', async () => {
    const grouped = await index('grouped', 3)
    expect(grouped.count).toBe(12)
    expect(grouped.pages).toBe(12)
    expect(grouped.fragmentFiles).toBeGreaterThan(0)
    expect(grouped.fragmentFiles).toBeLessThanOrEqual(3)
  })
})
