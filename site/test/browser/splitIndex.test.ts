import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { RunningServer } from '../../../scripts/serve/staticServer.ts'
import { PARTS_FILE } from '../../src/lib/search/indexParts'
import { indexRecords } from '../../src/lib/search/indexRecords'
import type { SearchRecord } from '../../src/lib/search/searchRecords'
import { describeInBrowser, launchBrowser, openPage } from './support/browser.ts'
import { distDir } from './support/dist.ts'
import { serveDist } from './support/server.ts'

const WORDS = ['havbruk', 'reiseliv', 'fjellturer', 'kompetanse', 'samferdsel', 'bredbånd'].concat([
  'fiskeri',
  'landbruk',
  'kultur',
  'energi',
  'handel',
  'sjømat',
])

/** Twelve pages in a ring: page i holds word i and word i + 1, and every page holds «regionen». */
const records: SearchRecord[] = WORDS.map((word, i) => {
  const next = WORDS[(i + 1) % WORDS.length]
  return {
    url: `/prosjekt/tiltak-${i}/`,
    title: `Tiltak ${i}`,
    kind: 'Tiltak',
    content: `Tiltak ${i}\nKommunene samarbeider om ${word} og ${next} i regionen.`,
  }
})

// The site's own search page over an index written in parts, as a large programme's is (MAX_RECORDS_PER_PART),
// next to the same pages in one index: the built site with its /pagefind/ replaced, served with the site's
// headers. Four records a part puts the two pages of each word in different parts.
describeInBrowser('search over an index in parts (/sok/)', () => {
  const roots = { whole: '', parts: '' }
  const servers: Partial<Record<keyof typeof roots, RunningServer>> = {}
  let browser: Browser | undefined

  beforeAll(async () => {
    for (const name of ['whole', 'parts'] as const) {
      const root = mkdtempSync(join(tmpdir(), `split-index-${name}-`))
      roots[name] = root
      cpSync(distDir(), root, { recursive: true })
      rmSync(join(root, 'pagefind'), { recursive: true })
      await indexRecords(
        records,
        join(root, 'pagefind'),
        name === 'parts' ? { recordsPerPart: 4 } : {},
      )
      servers[name] = await serveDist(root)
    }
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    for (const server of Object.values(servers)) await server.close()
    for (const root of Object.values(roots))
      if (root) rmSync(root, { recursive: true, force: true })
  })

  /** Opens /sok/ with a search in its address and gives back the status line and the hits' addresses. */
  async function searchFor(name: keyof typeof roots, term: string) {
    const { context, page } = await openPage(browser!)
    try {
      await page.goto(`${servers[name]!.url}/sok/?q=${encodeURIComponent(term)}`)
      const status = page.getByRole('status')
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toBe('')
      const hits = await page
        .locator('.site-search__results a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      return { status: (await status.textContent()) ?? '', hits: hits.sort() }
    } finally {
      await context.close()
    }
  }

  test.each([
    ['one word, on two pages in two parts', 'kompetanse', 2],
    ['two words on the same page', 'kompetanse samferdsel', 1],
    ['two words never on the same page', 'kompetanse kultur', 0],
    ['a word on every page and a word on two', 'regionen energi', 2],
    ['a word the site does not hold and a word it does', 'xyzzy havbruk', 2],
  ])('%s: the same hits as one index', async (_, term, count) => {
    const whole = await searchFor('whole', term)
    expect(whole.hits).toHaveLength(count)
    expect(await searchFor('parts', term)).toEqual(whole)
  })

  test('a word on every page counts the hits of every part', async () => {
    expect((await searchFor('parts', 'regionen')).status).toBe(
      '12 treff på «regionen», viser de 10 første.',
    )
  })

  // Last: it takes the list of parts away for a while.
  test('without the list of parts the page says the search does not work, and tries again', async () => {
    const file = join(roots.parts, 'pagefind', PARTS_FILE)
    const list = readFileSync(file)
    rmSync(file)
    const { context, page } = await openPage(browser!)
    try {
      await page.goto(`${servers.parts!.url}/sok/?q=regionen`)
      const status = page.getByRole('status')
      await expect
        .poll(() => status.textContent(), { timeout: 20_000 })
        .toBe('Søket virker ikke akkurat nå. Prøv igjen om litt.')
      expect(await page.locator('.site-search__results li').count()).toBe(0)
      writeFileSync(file, list)
      await page.getByRole('searchbox', { name: 'Søk på nettstedet' }).press('Enter')
      await expect
        .poll(() => status.textContent(), { timeout: 20_000 })
        .toBe('12 treff på «regionen», viser de 10 første.')
    } finally {
      await context.close()
    }
  })
})
