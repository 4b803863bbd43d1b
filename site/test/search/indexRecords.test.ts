import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { PARTS_FILE, parseIndexParts } from '../../src/lib/search/indexParts'
import {
  describeIndex,
  indexRecords,
  indexRecordsByPart,
  inPartOrder,
  partCount,
  type IndexRecordsOptions,
} from '../../src/lib/search/indexRecords'
import { fragmentRecords } from './fragmentRecords'
import { filesOf, urlsIn } from './indexFiles'

const dir = mkdtempSync(join(tmpdir(), 'index-records-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const records = fragmentRecords(12)

/** What one Pagefind index folder holds: its pages and its fragment files. */
function part(folder: string) {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  return {
    pages: entry.languages.nb?.page_count,
    fragmentFiles: readdirSync(join(folder, 'fragment')).length,
  }
}

/** Indexes the records into a folder of its own and says what each part of the index holds. */
async function index(name: string, options: IndexRecordsOptions = {}) {
  const out = join(dir, name)
  const count = await indexRecords(records, out, options)
  const file = join(out, PARTS_FILE)
  const further = parseIndexParts(JSON.parse(readFileSync(file, 'utf8')), file)
  return { count, further, parts: [out, ...further.map((folder) => join(out, folder))].map(part) }
}

describe('indexRecords', () => {
  test('below the limit, every page has a fragment file of its own', async () => {
    expect(await index('own')).toEqual({
      count: 12,
      further: [],
      parts: [{ pages: 12, fragmentFiles: 12 }],
    })
  })

  test('above the limit, the pages share at most that many fragment files', async () => {
    const grouped = await index('grouped', { maxFragmentFiles: 3 })
    expect(grouped.count).toBe(12)
    expect(grouped.parts).toHaveLength(1)
    expect(grouped.parts[0]!.pages).toBe(12)
    expect(grouped.parts[0]!.fragmentFiles).toBeGreaterThan(0)
    expect(grouped.parts[0]!.fragmentFiles).toBeLessThanOrEqual(3)
  })

  test('more records than a part takes are split evenly into parts that the first lists', async () => {
    const split = await index('split', { recordsPerPart: 5 })
    expect(split.count).toBe(12)
    expect(split.further).toEqual(['part-2/', 'part-3/'])
    expect(split.parts.map((p) => p.pages)).toEqual([4, 4, 4])
    // Only the first part carries Pagefind's client; the others are merged into it.
    expect(existsSync(join(dir, 'split', 'pagefind.js'))).toBe(true)
    for (const folder of split.further) {
      expect(readdirSync(join(dir, 'split', folder)).sort()).toEqual([
        'fragment',
        'index',
        'pagefind-entry.json',
        expect.stringMatching(/^pagefind\.nb_\w+\.pf_meta$/),
      ])
    }
  })

  test('the fragment limit holds over all the parts together', async () => {
    const split = await index('split-grouped', { recordsPerPart: 5, maxFragmentFiles: 6 })
    const files = split.parts.reduce((sum, p) => sum + p.fragmentFiles, 0)
    expect(files).toBeGreaterThan(0)
    expect(files).toBeLessThanOrEqual(6)
  })
})

describe('inPartOrder and indexRecordsByPart', () => {
  test('part order is every record once: part 1 (0, P, 2P …), then part 2, and so on', () => {
    expect([...inPartOrder([0, 1, 2, 3, 4, 5, 6], 3)]).toEqual([0, 3, 6, 1, 4, 2, 5])
    expect([...inPartOrder([0, 1, 2], 1)]).toEqual([0, 1, 2])
    expect([...inPartOrder([], 2)]).toEqual([])
  })

  test('records in part order give the same index as indexRecords', async () => {
    const direct = join(dir, 'direct')
    const byPart = join(dir, 'by-part')
    await indexRecords(records, direct, { recordsPerPart: 5 })
    async function* slowly() {
      // As from a pipe: one record at a time, with waits between them.
      for (const record of inPartOrder(records, 3)) {
        await new Promise((resolve) => setTimeout(resolve, 1))
        yield record
      }
    }
    expect(await indexRecordsByPart(slowly(), records.length, byPart, { recordsPerPart: 5 })).toBe(
      12,
    )
    expect(filesOf(byPart)).toEqual(filesOf(direct))
  })

  test('parts of unequal size: part k holds records k, k + P, k + 2P …', async () => {
    const eleven = records.slice(0, 11)
    const out = join(dir, 'eleven')
    await indexRecordsByPart(inPartOrder(eleven, 3), 11, out, { recordsPerPart: 5 })
    const urls = (indexes: number[]) => indexes.map((i) => eleven[i]!.url).sort()
    expect([out, join(out, 'part-2'), join(out, 'part-3')].map(urlsIn)).toEqual([
      urls([0, 3, 6, 9]),
      urls([1, 4, 7, 10]),
      urls([2, 5, 8]),
    ])
  })

  test.each([
    [11, 'expected 11 search records, got 12'],
    [13, 'expected 13 search records, got 12'],
  ])('refuses records that are not the number announced (%i)', async (count, message) => {
    await expect(
      indexRecordsByPart(records, count, join(dir, `count-${count}`), { recordsPerPart: 5 }),
    ).rejects.toThrow(message)
  })
})

describe('partCount and describeIndex', () => {
  test.each([
    [0, 1],
    [5000, 1],
    [5001, 2],
    [13952, 3],
  ])('%i records take %i part(s) of at most 5,000', (records, parts) => {
    expect(partCount(records)).toBe(parts)
  })

  test('the build log names the parts only when there are several', () => {
    expect(describeIndex(76)).toBe('76 pages')
    expect(describeIndex(13952)).toBe('13952 pages in 3 parts')
  })
})

describe('parseIndexParts', () => {
  test('gives the part folders of a parts file', () => {
    expect(parseIndexParts({ parts: ['part-2/'] }, 'parts.json')).toEqual(['part-2/'])
  })

  test.each([
    [null, 'parts.json: expected {"parts": [...]}'],
    [{ parts: 'part-2/' }, 'parts.json: expected {"parts": [...]}'],
    [{ parts: ['../elsewhere/'] }, 'parts.json: not a part folder: "../elsewhere/"'],
    [{ parts: [2] }, 'parts.json: not a part folder: 2'],
  ])('refuses %j, naming the file and the fault', (value, message) => {
    expect(() => parseIndexParts(value, 'parts.json')).toThrow(message)
  })
})
