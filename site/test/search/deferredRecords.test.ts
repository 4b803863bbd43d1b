import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  indexStagingPath,
  deferredRecordsPath,
  readRecords,
  writeRecords,
} from '../../src/lib/search/deferredRecords'
import type { SearchRecord } from '../../src/lib/search/searchRecords'

const dir = mkdtempSync(join(tmpdir(), 'deferred-records-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const read = async (path: string): Promise<SearchRecord[]> => {
  const records: SearchRecord[] = []
  for await (const record of readRecords(path)) records.push(record)
  return records
}

describe('deferredRecordsPath', () => {
  test.each([['/site/dist'], ['/site/dist/'], ['/site/dist//']])(
    'puts the records of %s beside the output folder, not in it',
    (outDir) => {
      expect(deferredRecordsPath(outDir)).toBe('/site/dist.search-records.ndjson')
      expect(indexStagingPath(outDir)).toBe('/site/dist.pagefind-staging')
    },
  )
})

describe('writeRecords and readRecords', () => {
  test('give back the records in their order, text with line breaks and quotes included', async () => {
    const records: SearchRecord[] = [
      {
        url: '/prosjekt/a/',
        title: 'Tiltak «A»',
        kind: 'Tiltak',
        content: 'Første linje\nAndre "linje"',
      },
      { url: '/kommuner/evenes/', title: 'Evenes', kind: 'Kommune', content: '' },
    ]
    const path = join(dir, 'records.ndjson')
    expect(writeRecords(path, records)).toBe(2)
    expect(existsSync(`${path}.partial`)).toBe(false)
    expect(await read(path)).toEqual(records)
  })

  test('skip empty lines', async () => {
    const path = join(dir, 'blank.ndjson')
    writeFileSync(path, '\n{"url":"/a/","title":"A","kind":"Nyhet","content":"x"}\n\n')
    expect(await read(path)).toHaveLength(1)
  })

  test.each([
    ['{"url":"/a/",', /blank\.bad\.ndjson:2: not JSON/],
    ['["/a/"]', /blank\.bad\.ndjson:2: a search record must be an object/],
    [
      '{"url":"/a/","title":7,"kind":"Tiltak"}',
      /:2: a search record needs text in "title", "content"/,
    ],
  ])('name the file and line of a bad record: %s', async (line, message) => {
    const path = join(dir, 'blank.bad.ndjson')
    writeFileSync(path, `{"url":"/b/","title":"B","kind":"Nyhet","content":"y"}\n${line}\n`)
    await expect(read(path)).rejects.toThrow(message)
  })
})
