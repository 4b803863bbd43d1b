import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parse } from 'node-html-parser'
import { builtSiteDir, fileFor, readPages } from './builtSite'
import { pagingProblems } from './paging'

const dir = builtSiteDir()
const pages = readPages(dir)
const ids = new Map<string, Set<string>>()

/** The ids on the page a URL path is served from (read once per file). */
function idsOf(urlPath: string): Set<string> {
  const file = fileFor(dir, urlPath)
  let found = ids.get(file)
  if (!found) {
    const document = parse(readFileSync(file, 'utf8'))
    found = new Set(document.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''))
    ids.set(file, found)
  }
  return found
}

test('every internal link and #anchor in site/dist resolves', () => {
  const broken: string[] = []
  let checked = 0
  for (const { path, document } of pages) {
    for (const element of document.querySelectorAll('a[href], link[href]')) {
      const href = element.getAttribute('href') ?? ''
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue
      const url = new URL(href, `https://site.test${path}`)
      checked += 1
      if (!existsSync(fileFor(dir, url.pathname))) {
        broken.push(`${path} → ${href} (no file)`)
      } else if (url.hash && url.pathname.endsWith('/')) {
        const anchor = decodeURIComponent(url.hash.slice(1))
        if (!idsOf(url.pathname).has(anchor)) broken.push(`${path} → ${href} (no id "${anchor}")`)
      }
    }
  }
  expect(broken).toEqual([])
  expect(checked).toBeGreaterThan(pages.length)
})

test('every aria-labelledby and label[for] points at an id on the same page', () => {
  const broken = pages.flatMap(({ path, document }) => {
    const here = new Set(document.querySelectorAll('[id]').map((el) => el.getAttribute('id')))
    return document
      .querySelectorAll('[aria-labelledby], label[for]')
      .flatMap((el) =>
        (el.getAttribute('aria-labelledby') ?? el.getAttribute('for') ?? '').split(' '),
      )
      .filter((id) => !here.has(id))
      .map((id) => `${path}: no id "${id}"`)
  })
  expect(broken).toEqual([])
})

// The bundled dataset fits every list on one page; the scale suite (test/budgets/) holds many-page lists to this.
test('every pager agrees with its neighbours, its canonical URL and its page title', () => {
  expect(pagingProblems(pages)).toEqual([])
})
