/**
 * When the build writes the search index (`DRIVKRAFT_SEARCH_INDEX`):
 * - `during` (the default): a process of its own, at idle CPU priority, indexes with Pagefind while Astro renders
 *   the pages (`indexInChildProcess`). Fastest; the processes together need about 1.4 GB at 10,000 measures,
 *   with the index in parts (`searchPartSize`).
 * - `after`: the build writes the records beside its output folder, and the site's build script indexes them
 *   once Astro's process has exited (`npm run search-index`). About 13 s slower at 10,000 measures, and no more
 *   than one large process at a time (docs/performance.md).
 */
// With its extension: `npm run search-index` runs this file on Node's own TypeScript support.
import { MAX_RECORDS_PER_PART } from './indexParts.ts'

export type SearchIndexMode = 'during' | 'after'

/** Reads a mode from `value`, given by `name` (a variable or a flag, for the error); unset is `during`. */
export function parseSearchIndexMode(value: string | undefined, name: string): SearchIndexMode {
  if (value === undefined || value === '' || value === 'during') return 'during'
  if (value === 'after') return 'after'
  throw new Error(
    `${name} is "${value}": use "during" (the default, index while Astro renders) or "after" ` +
      '(index once Astro has exited, for a build machine with little memory)',
  )
}

/** The mode `DRIVKRAFT_SEARCH_INDEX` asks for. */
export function searchIndexMode(
  env: Record<string, string | undefined> = process.env,
): SearchIndexMode {
  return parseSearchIndexMode(env.DRIVKRAFT_SEARCH_INDEX, 'DRIVKRAFT_SEARCH_INDEX')
}

/**
 * How many records a part of the search index holds at most (`DRIVKRAFT_SEARCH_PART_SIZE`, default
 * `MAX_RECORDS_PER_PART`). Larger parts take more memory to build (about 80 KB a record) and fewer requests to
 * search; a build machine with memory to spare can set it above the number of records for one index.
 */
export function searchPartSize(env: Record<string, string | undefined> = process.env): number {
  const value = env.DRIVKRAFT_SEARCH_PART_SIZE
  if (value === undefined || value === '') return MAX_RECORDS_PER_PART
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(
      `DRIVKRAFT_SEARCH_PART_SIZE is "${value}": give a whole number of records above 0 ` +
        `(default ${MAX_RECORDS_PER_PART}; larger parts need more memory to build, fewer requests to search)`,
    )
  }
  return Number(value)
}
