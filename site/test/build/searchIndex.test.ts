import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { searchRecords } from '../../src/lib/search/searchRecords'
import { builtSiteContent, builtSiteDir, readPages } from './builtSite'

// The build under test (the bundled dataset's, or $DRIVKRAFT_DIST made from $DRIVKRAFT_DATASET); its search index
// is built from the same records.
const dir = builtSiteDir()
const pages = readPages(dir)
const records = await searchRecords(builtSiteContent())
const recordUrls = new Set(records.map((record) => record.url))

/** Pages that only list or page through what detail pages say, and pages with nothing to find. */
const NOT_INDEXED = [
  /^\/$/,
  /^\/404\.html$/,
  /^\/sok\/$/,
  /^\/tiltak\//,
  /^\/strategiomrader\/(\d+\/)?$/,
  /^\/om\/planer\/(\d+\/)?$/,
  /^\/kommuner\/$/,
  /^\/aktuelt\/(\d+\/)?$/,
  /^\/arrangementer\/(kommende\/)?(\d+\/)?$/,
  /^\/arrangementer\/(strategiomrade|kommune)\/[^/]+\/(\d+\/)?$/,
]

describe('the search index of the built site', () => {
  test('every record is a page of the build', () => {
    const built = new Set(pages.map((page) => page.path))
    expect([...recordUrls].filter((url) => !built.has(url))).toEqual([])
  })

  test('every page with its own content has a record', () => {
    const missing = pages
      .map((page) => page.path)
      .filter((path) => !NOT_INDEXED.some((pattern) => pattern.test(path)))
      .filter((path) => !recordUrls.has(path))
    expect(missing).toEqual([])
  })

  test('Pagefind wrote one bokmål index holding every record', () => {
    const entry = JSON.parse(
      readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>
    }
    expect(Object.keys(entry.languages)).toEqual(['nb'])
    expect(entry.languages.nb?.page_count).toBe(records.length)
  })
})
