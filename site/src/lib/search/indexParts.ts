/**
 * A search index in parts (see `MAX_RECORDS_PER_PART`, and `indexRecords.ts`): the first part is the index folder
 * itself (`/pagefind/`), and `PARTS_FILE` in it lists the folders of the others, relative to it, for the search
 * page to merge. Shared by the build and the browser, so nothing here may import Node.
 */

/**
 * At most this many records in one Pagefind index, unless `DRIVKRAFT_SEARCH_PART_SIZE` says otherwise
 * (`searchPartSize` in `searchIndexMode.ts`). Pagefind's memory peaks at about 80 KB a record while it writes
 * an index (1.15 GB for the 13,952 records of 10,000 measures, on top of Astro's own gigabyte), so a larger
 * programme's index is written in parts, one after another, each by a Pagefind process of its own, and the
 * search page merges them (docs/performance.md, item 31). Each part costs visitors more requests and time per
 * search (about 0.5 s more with three parts), so parts are as large as a build machine's memory allows.
 */
export const MAX_RECORDS_PER_PART = 5000

/** The list of further parts, written beside Pagefind's own files in the index folder. */
export const PARTS_FILE = 'parts.json'

export interface IndexParts {
  /** Folders of the parts after the first, relative to the index folder, each ending in a slash. */
  parts: string[]
}

/** Folder of part `n` (2, 3, …) inside the index folder. */
export const partFolder = (n: number): string => `part-${n}/`

const PART = /^part-\d+\/$/

/** The further parts listed in a `PARTS_FILE`, or an error naming the file and what is wrong with it. */
export function parseIndexParts(value: unknown, where: string): string[] {
  const parts = (value as Partial<IndexParts> | null)?.parts
  if (!Array.isArray(parts)) throw new Error(`${where}: expected {"parts": [...]}`)
  const bad = parts.find((part) => typeof part !== 'string' || !PART.test(part))
  if (bad !== undefined) throw new Error(`${where}: not a part folder: ${JSON.stringify(bad)}`)
  return parts as string[]
}
