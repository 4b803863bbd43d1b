import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStaticServer, type RunningServer } from '../../../scripts/serve/staticServer.ts'
import { indexRecords } from '../../src/lib/search/indexRecords'
import { fragmentRecords } from '../search/fragmentRecords'
import { describeInBrowser, launchBrowser, openPage } from './support/browser.ts'

interface Hit {
  url: string
  title: unknown
  excerpt: string
}

/**
 * Runs Pagefind's own client in the page and gives back every hit of `word`. A string, not a function: Vitest
 * would rewrite a function's `import()` into a helper the browser does not have.
 */
const search = (page: Page, word: string): Promise<Hit[]> =>
  page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js')
    const { results } = await pagefind.search(${JSON.stringify(word)})
    return Promise.all(results.map(async (result) => {
      const data = await result.data()
      return { url: data.url, title: data.meta.title, excerpt: data.excerpt }
    }))
  })()`)

// Pagefind's own client, in the browser, over an index whose pages share fragment files (as a large programme's
// do, see MAX_FRAGMENT_FILES): every hit must still come back with its own address, title and excerpt.
describeInBrowser('search hits from shared fragment files', () => {
  const records = fragmentRecords(24)
  const root = mkdtempSync(join(tmpdir(), 'grouped-fragments-'))
  let server: RunningServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    await indexRecords(records, join(root, 'pagefind'), { maxFragmentFiles: 4 })
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="nb"><title>Søk</title></html>',
    )
    // No header rules: what is tested is Pagefind's reading of its files, not the site's policy.
    server = await startStaticServer({ root, rules: [] })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(root, { recursive: true, force: true })
  })

  test('the index holds fewer fragment files than pages', () => {
    const files = readdirSync(join(root, 'pagefind', 'fragment')).length
    expect(files).toBeGreaterThan(0)
    expect(files).toBeLessThanOrEqual(4)
  })

  /** Opens the served folder in a fresh page and searches there. */
  async function hitsFor(word: string): Promise<Hit[]> {
    const { context, page } = await openPage(browser!)
    try {
      await page.goto(`${server!.url}/`)
      return await search(page, word)
    } finally {
      await context.close()
    }
  }

  test('a word on every page finds every page, each with its own title and excerpt', async () => {
    const hits = await hitsFor('fiskeri')
    expect(hits.map((hit) => hit.url).sort()).toEqual(records.map((record) => record.url).sort())
    for (const hit of hits) {
      const record = records.find((candidate) => candidate.url === hit.url)!
      expect(hit.title).toBe(record.title)
      expect(hit.excerpt).toContain('<mark>fiskeri</mark>')
    }
  })

  test('a word on one page finds that page alone', async () => {
    expect((await hitsFor('ord17')).map((hit) => hit.url)).toEqual(['/prosjekt/tiltak-17/'])
  })
})
