/**
 * When the build writes the search index (`DRIVKRAFT_SEARCH_INDEX`):
 * - `during` (the default): Pagefind indexes in its own process while Astro renders the pages. Fastest; the two
 *   processes together need about 2 GB at 10,000 measures.
 * - `after`: the build writes the records beside its output folder, and the site's build script indexes them
 *   once Astro's process has exited (`npm run search-index`). About 13 s slower at 10,000 measures, and no more
 *   than one large process at a time (docs/performance.md).
 */
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
