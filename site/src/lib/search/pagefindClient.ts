/**
 * Pagefind's own client over every part of the site's index (`indexParts.ts`), answering several words as a
 * single index would (the order of hits, and the words widened from the last one, can still differ:
 * docs/performance.md, item 31). Browser only: loaded by `<site-search>` on /sok/.
 */
import { PARTS_FILE, parseIndexParts } from './indexParts'

export interface PagefindHit {
  url: string
  excerpt: string
  meta: { title?: string; kind?: string }
}
export interface PagefindResult {
  /** The page's id in its part's index. */
  id: string
  data: () => Promise<PagefindHit>
}
interface Pagefind {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>
  destroy: () => Promise<void>
}

/** Searches the whole index; the hits come best first. */
export type Search = (term: string) => Promise<PagefindResult[]>

/** Pagefind's options, for the first part and for each part merged into it. */
const OPTIONS = { excerptLength: 24 }

/** How long loading may take before the search page says it failed: Pagefind waits for a failed load forever. */
const LOAD_TIMEOUT_MS = 20_000

/** The folders of the index's further parts, relative to the bundle; never from a cache older than the site. */
async function furtherParts(bundle: string): Promise<string[]> {
  const url = `${bundle}${PARTS_FILE}`
  const response = await fetch(url, { cache: 'no-cache' })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return parseIndexParts(await response.json(), url)
}

/** `promise`, or an error naming `what` once `ms` have passed. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Loads Pagefind from `bundle` (ending in a slash), merges the further parts and gives a search over them all.
 * After a failure Pagefind's state is dropped, so that the next call starts again from nothing.
 */
export async function loadSearch(bundle: string): Promise<Search> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind
  const load = async () => {
    const parts = await furtherParts(bundle)
    await pagefind.options(OPTIONS)
    for (const part of parts) await pagefind.mergeIndex(`${bundle}${part}`, OPTIONS)
    return parts.length
  }
  let parts
  try {
    parts = await withTimeout(load(), LOAD_TIMEOUT_MS, `Loading the search index from ${bundle}`)
  } catch (error) {
    await pagefind.destroy().catch(() => undefined)
    throw error
  }
  const search: Search = async (term) => (await pagefind.search(term))?.results ?? []
  return parts === 0 ? search : (term) => searchParts(search, term)
}

/**
 * A search over merged parts that keeps a single index's hits for several words. Pagefind leaves out a word its
 * index does not hold, so a part without one of the words answers for the others alone: «havbruk Evenes» would
 * list every page about Evenes in a part where no page mentions havbruk. A hit must therefore hold each word that
 * some part holds, which a search for that word alone tells (its hits are the pages holding it).
 */
export async function searchParts(search: Search, term: string): Promise<PagefindResult[]> {
  const words = [...new Set(term.split(/\s+/).filter(Boolean))]
  const results = await search(term)
  if (words.length < 2 || results.length === 0) return results
  const holding = (await Promise.all(words.map(search)))
    .filter((hits) => hits.length > 0)
    .map((hits) => new Set(hits.map((hit) => hit.id)))
  return results.filter((result) => holding.every((ids) => ids.has(result.id)))
}
