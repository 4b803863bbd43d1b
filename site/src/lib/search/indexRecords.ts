import { close, createIndex } from 'pagefind'
import type { SearchRecord } from './searchRecords'

/** Records sent to Pagefind before waiting for its answers; more in flight only fill the pipe. */
const IN_FLIGHT = 500

/**
 * At most this many fragment files (the text of each hit, loaded when the hit is shown). Below it, each page has
 * a file of its own; above it, Pagefind groups pages into shared files. At 10,000 measures that turns 14,000
 * small files into 997 of about 2.6 KB gzipped each, and saves Pagefind 2–6 s of system time writing them
 * (docs/performance.md, item 28); a hit then loads its group's file instead of its own.
 */
export const MAX_FRAGMENT_FILES = 1000

export interface IndexRecordsOptions {
  /** See `MAX_FRAGMENT_FILES`; smaller in tests, to group a handful of records. */
  maxFragmentFiles?: number
}

/**
 * Indexes search records with Pagefind (Norwegian bokmål, one record per page) and writes the index to
 * `outputPath`. Takes the records as they come, so that a caller can stream them from a file without holding
 * them all; the order they come in is the order Pagefind sees. Returns how many it indexed.
 */
export async function indexRecords(
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
  outputPath: string,
  { maxFragmentFiles = MAX_FRAGMENT_FILES }: IndexRecordsOptions = {},
): Promise<number> {
  const { index, errors } = await createIndex({
    forceLanguage: 'nb',
    maxFragments: maxFragmentFiles,
  })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const failed: string[] = []
    let pending: Promise<void>[] = []
    let count = 0
    for await (const { url, title, kind, content } of records) {
      count++
      pending.push(
        index
          .addCustomRecord({ url, content, language: 'nb', meta: { title, kind } })
          .then((result) => void failed.push(...result.errors.map((error) => `${url}: ${error}`))),
      )
      if (pending.length >= IN_FLIGHT) {
        await Promise.all(pending)
        pending = []
      }
    }
    await Promise.all(pending)
    if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.join('; ')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    }
    return count
  } finally {
    await close()
  }
}
