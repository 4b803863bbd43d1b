import type { BuiltPage } from './builtSite'

/** «Side 2 av 7» of a page's pager, or `null` on a page without one. */
export function pagerPosition(page: BuiltPage): { current: number; last: number } | null {
  const text = page.document.querySelector('nav.pagination [aria-current="page"]')?.text ?? ''
  const match = /Side (\d+) av (\d+)/.exec(text)
  return match ? { current: Number(match[1]), last: Number(match[2]) } : null
}

/** The URL path a pager's `rel` link leads to, resolved against the page. */
function relHref(page: BuiltPage, rel: 'prev' | 'next'): string | undefined {
  const href = page.document.querySelector(`nav.pagination a[rel="${rel}"]`)?.getAttribute('href')
  return href ? new URL(href, `https://site.test${page.path}`).pathname : undefined
}

/**
 * The pages of a paged list, from its first page along the `rel="next"` links. Throws when a link leads to no
 * page or the chain loops, so a broken pager fails the test that walks it.
 */
export function pageChain(byPath: ReadonlyMap<string, BuiltPage>, first: string): BuiltPage[] {
  const chain: BuiltPage[] = []
  const seen = new Set<string>()
  for (let path: string | undefined = first; path; path = relHref(chain.at(-1)!, 'next')) {
    const page = byPath.get(path)
    if (!page) throw new Error(`${chain.at(-1)?.path ?? '(start)'} → ${path}: no such page`)
    if (seen.has(path)) throw new Error(`the pages from ${first} loop back to ${path}`)
    seen.add(path)
    chain.push(page)
  }
  return chain
}

/**
 * What is wrong with the pagers of a build: on every page with one, «Side N av M» must agree with its
 * neighbours (prev is N−1 and links back, next is N+1 and links back), pages after the first say «(side N av M)»
 * in their title and heading, and the canonical URL is the page's own.
 */
export function pagingProblems(pages: readonly BuiltPage[]): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]))
  return pages.flatMap((page) => {
    const position = pagerPosition(page)
    if (!position) return []
    const { current, last } = position
    const problems: string[] = []
    const report = (message: string) => problems.push(`${page.path}: ${message}`)
    for (const [rel, back, step] of [
      ['prev', 'next', -1],
      ['next', 'prev', 1],
    ] as const) {
      const href = relHref(page, rel)
      const expected = current + step >= 1 && current + step <= last
      if (!href) {
        if (expected) report(`no rel="${rel}" link on page ${current} of ${last}`)
        continue
      }
      if (!expected) report(`a rel="${rel}" link on page ${current} of ${last}`)
      const neighbour = byPath.get(href)
      if (!neighbour) report(`rel="${rel}" → ${href}: no such page`)
      else if (pagerPosition(neighbour)?.current !== current + step)
        report(`rel="${rel}" → ${href} is not page ${current + step}`)
      else if (relHref(neighbour, back) !== page.path)
        report(`${href} does not link back with rel="${back}"`)
    }
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href')
    if (!canonical || new URL(canonical).pathname !== page.path)
      report(`canonical is ${canonical}, not the page itself`)
    const suffix = `(side ${current} av ${last})`
    if (current > 1) {
      if (!page.document.querySelector('title')?.text.includes(suffix))
        report(`<title> does not say «${suffix}»`)
      if (!page.document.querySelector('h1')?.text.includes(suffix))
        report(`<h1> does not say «${suffix}»`)
    }
    return problems
  })
}
