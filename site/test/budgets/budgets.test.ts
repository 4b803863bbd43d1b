import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { BUDGETS } from '../../../scripts/budgets/budgets.ts'
import { checkBudgets, pagePath } from '../../../scripts/budgets/checkBudgets.ts'
import { isInternalHref } from '../../../scripts/budgets/pageAssets.ts'

const dist = resolve(import.meta.dirname, '../../dist')

describe('the built site', () => {
  test('stays within every page-weight budget', () => {
    expect(existsSync(dist), `${dist} is missing: run npm run build -w site first`).toBe(true)
    const messages = checkBudgets(dist).map((violation) => violation.message)
    expect(messages).toEqual([])
  })
})

// Hand-made dist folders: each case writes a few files and expects exactly the budgets named to break.
let fixture: string | undefined
afterEach(() => {
  if (fixture) rmSync(fixture, { recursive: true, force: true })
  fixture = undefined
})

const page = (body: string, head = ''): string =>
  `<!doctype html><html lang="nb"><head><title>Side</title>${head}</head><body><main>${body}</main></body></html>`
// Random base64 hardly compresses, so its gzipped size is predictable: about 3/4 of its length.
const incompressible = (bytes: number): string => randomBytes(bytes).toString('base64')
const links = (count: number, href = (i: number) => `/prosjekt/tiltak-${i}/`): string =>
  Array.from({ length: count }, (_, i) => `<a href="${href(i)}">Tiltak ${i}</a>`).join('')

function buildFixture(files: Record<string, string>): string {
  fixture = mkdtempSync(join(tmpdir(), 'budgets-'))
  for (const [path, content] of Object.entries(files)) {
    const file = join(fixture, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return fixture
}

const within = {
  'index.html': page(links(3), '<link rel="stylesheet" href="/_astro/site.css">'),
  '_astro/site.css': 'body{margin:0}',
  'tiltak/index.html': page('Filter', '<script type="module" src="/_astro/filter.js"></script>'),
  '_astro/filter.js': 'import{a}from"./shared.js";a()',
  '_astro/shared.js': 'export const a=()=>1',
  'sok/index.html': page('Søk', '<script src="/pagefind/pagefind-ui.js"></script>'),
  'om/index.html': page(
    'Om',
    '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
  ),
}

describe('checkBudgets on a fixture', () => {
  test('passes a site within budget (JSON-LD is data, not JavaScript)', () => {
    expect(checkBudgets(buildFixture(within))).toEqual([])
  })

  test.each([
    [
      'a <script src> on a content page',
      { 'om/index.html': page('', '<script src="/_astro/a.js"></script>') },
      'js-free',
    ],
    [
      'an inline script on a content page',
      { 'om/index.html': page('<script>console.log(1)</script>') },
      'js-free',
    ],
    [
      'an island on a content page',
      { 'om/index.html': page('<astro-island component-url="/_astro/Map.js"></astro-island>') },
      'js-free',
    ],
    [
      '/tiltak/ importing a chunk that takes it over 80 KB gzipped',
      { '_astro/shared.js': `export const a=()=>"${incompressible(120_000)}"` },
      'tiltak-js',
    ],
    [
      '/tiltak/ preloading a heavy chunk through a dynamic import',
      {
        '_astro/filter.js': 'import("./lazy.js")',
        '_astro/lazy.js': `export default "${incompressible(120_000)}"`,
      },
      'tiltak-js',
    ],
    [
      'a page whose HTML is over 60 KB gzipped',
      { 'om/index.html': page(`<p>${incompressible(85_000)}</p>`) },
      'html-css',
    ],
    [
      'a page whose stylesheet takes it over 60 KB gzipped',
      { '_astro/site.css': `/*${incompressible(85_000)}*/body{margin:0}` },
      'html-css',
    ],
    ['a page with 201 internal links', { 'index.html': page(links(201)) }, 'internal-links'],
    [
      'a page with 201 absolute links to the site itself',
      { 'index.html': page(links(201, (i) => `https://retenk.no/prosjekt/${i}/`)) },
      'internal-links',
    ],
  ])('fails %s', (_, override, budget) => {
    const violations = checkBudgets(buildFixture({ ...within, ...override }))
    expect(violations.map((v) => v.budget)).toEqual([budget])
    expect(violations[0]!.actual).toBeGreaterThan(violations[0]!.limit)
  })

  test('counts exactly the limit of internal links as within budget, and ignores outgoing links', () => {
    const body = links(BUDGETS.maxInternalLinks) + links(50, (i) => `https://example.org/${i}`)
    expect(checkBudgets(buildFixture({ ...within, 'index.html': page(body) }))).toEqual([])
  })

  test('refuses an empty folder instead of passing it', () => {
    expect(() => checkBudgets(buildFixture({ 'robots.txt': '' }))).toThrow(/holds no HTML pages/)
  })
})

describe('helpers', () => {
  test.each([
    ['/prosjekt/a/', true],
    ['../a/', true],
    ['https://retenk.no/a/', true],
    ['https://example.org/', false],
    ['mailto:post@example.org', false],
    ['#innhold', false],
  ])('isInternalHref(%s) is %s', (href, expected) => {
    expect(isInternalHref(href, 'https://retenk.no')).toBe(expected)
  })

  test.each([
    ['tiltak/index.html', '/tiltak/'],
    ['index.html', '/'],
    ['404.html', '/404.html'],
  ])('pagePath(%s) is %s', (file, expected) => {
    expect(pagePath('/d', join('/d', file))).toBe(expected)
  })
})
