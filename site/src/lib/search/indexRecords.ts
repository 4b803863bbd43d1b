import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { close, createIndex } from 'pagefind'
// With its extension: `npm run search-index` runs this file on Node's own TypeScript support.
import { failIfAbandoned } from '../process/failIfAbandoned.ts'
import { MAX_RECORDS_PER_PART, PARTS_FILE, partFolder, type IndexParts } from './indexParts.ts'
import type { SearchRecord } from './searchRecords'

/** Records sent to Pagefind before waiting for its answers; more in flight only fill the pipe. */
const IN_FLIGHT = 500

/**
 * At most this many fragment files (the text of each hit, loaded when the hit is shown), over all parts. Below
 * it, each page has a file of its own; above it, Pagefind groups pages into shared files. At 10,000 measures that
 * turns 14,000 small files into about 1,000 of about 2.6 KB gzipped each, and saves Pagefind 2–6 s of system
 * time writing them (docs/performance.md, item 28); a hit then loads its group's file instead of its own.
 */
export const MAX_FRAGMENT_FILES = 1000

/** How many parts an index of `records` records is written in. */
export const partCount = (records: number, recordsPerPart = MAX_RECORDS_PER_PART): number =>
  Math.max(1, Math.ceil(records / recordsPerPart))

/** «13952 pages» or «13952 pages in 3 parts», for build logs. */
export function describeIndex(records: number, recordsPerPart = MAX_RECORDS_PER_PART): string {
  const parts = partCount(records, recordsPerPart)
  return parts > 1 ? `${records} pages in ${parts} parts` : `${records} pages`
}

export interface IndexRecordsOptions {
  /** See `MAX_FRAGMENT_FILES`; smaller in tests, to group a handful of records. */
  maxFragmentFiles?: number
  /** See `MAX_RECORDS_PER_PART` (and `searchPartSize`); smaller in tests, to split a handful of records. */
  recordsPerPart?: number
}

/**
 * Indexes search records with Pagefind (Norwegian bokmål, one record per page) and writes the index to
 * `outputPath`, with the list of its further parts in `PARTS_FILE` (empty for an index in one part). With P
 * parts, part k takes records k, k + P, k + 2P …, so that each part is a sample of the whole site and
 * Pagefind's scores, computed per part, stay comparable when the search page merges the hits. Pagefind leaves
 * whatever else it finds in `outputPath`, so callers pass a folder that is empty or missing. The records are
 * held until the last part is written (tens of MB at 10,000 measures, far below Pagefind's own). Returns how
 * many records it indexed. If Pagefind's process dies, Pagefind's Node API never answers, and the promise
 * rejects once nothing else keeps Node running, rather than letting the process exit 0 with no index.
 */
export async function indexRecords(
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
  outputPath: string,
  options: IndexRecordsOptions = {},
): Promise<number> {
  const all: SearchRecord[] = []
  for await (const record of records) all.push(record)
  const parts = partCount(all.length, options.recordsPerPart)
  return indexRecordsByPart(inPartOrder(all, parts), all.length, outputPath, options)
}

/**
 * `records` in the order the parts are written: all of part 1 (records 0, P, 2P …), then all of part 2 (records
 * 1, P + 1 …), and so on. What `indexRecordsByPart` reads.
 */
export function* inPartOrder<T>(records: readonly T[], parts: number): Generator<T> {
  for (let part = 0; part < parts; part++) {
    for (let i = part; i < records.length; i += parts) yield records[i]!
  }
}

/**
 * `indexRecords` for records that arrive in part order (`inPartOrder`), `count` of them: holds one part at a
 * time, so that a process reading the records from a pipe holds a part, not all of them, while Pagefind writes.
 * Fails, naming both numbers, if the records are more or fewer than `count`.
 */
export function indexRecordsByPart(
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
  count: number,
  outputPath: string,
  options: IndexRecordsOptions = {},
): Promise<number> {
  return failIfAbandoned(
    writeParts(records, count, outputPath, options),
    'Pagefind stopped before the search index was written (its process may have been killed)',
  )
}

async function writeParts(
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>,
  count: number,
  outputPath: string,
  {
    maxFragmentFiles = MAX_FRAGMENT_FILES,
    recordsPerPart = MAX_RECORDS_PER_PART,
  }: IndexRecordsOptions,
): Promise<number> {
  const parts = partCount(count, recordsPerPart)
  const fragmentFiles = Math.max(1, Math.floor(maxFragmentFiles / parts))
  const wrongCount = (got: string) => new Error(`expected ${count} search records, got ${got}`)
  // One kind of iterator for either kind of source; its return() reaches the source's.
  const source = (async function* () {
    yield* records
  })()
  // The first part is the index folder itself; part n (2, 3, …) is a folder inside it.
  const folders = Array.from({ length: parts }, (_, i) => (i === 0 ? '' : partFolder(i + 1)))
  let taken = 0
  try {
    for (const [part, folder] of folders.entries()) {
      // Part k holds records k, k + P, k + 2P … of `count`.
      const size = Math.ceil((count - part) / parts)
      const batch: SearchRecord[] = []
      while (batch.length < size) {
        const next = await source.next()
        if (next.done) throw wrongCount(String(taken))
        batch.push(next.value)
        taken++
      }
      const partPath = join(outputPath, folder)
      await indexPart(batch, partPath, fragmentFiles)
      if (folder) removeClientFiles(partPath)
    }
    let more = 0
    while (!(await source.next()).done) more++
    if (more > 0) throw wrongCount(String(count + more))
  } finally {
    // Ends the source whether or not every record was taken (`readRecordLines` then closes its reader).
    await source.return(undefined)
  }
  const manifest: IndexParts = { parts: folders.slice(1) }
  writeFileSync(join(outputPath, PARTS_FILE), JSON.stringify(manifest) + '\n')
  return count
}

/** Pagefind's client (scripts, styles and WebAssembly), which a merged part loads from the first part instead. */
const CLIENT_FILE = /\.(js|css)$|^wasm\./

/** Removes the client's files from a further part, leaving its index: 620 KB less per part. */
function removeClientFiles(partPath: string): void {
  for (const entry of readdirSync(partPath, { withFileTypes: true })) {
    if (entry.isFile() && CLIENT_FILE.test(entry.name)) rmSync(join(partPath, entry.name))
  }
}

/**
 * One Pagefind index of `records` in `outputPath`, by a Pagefind process that exits when it is written, so that
 * the next part starts from nothing.
 */
async function indexPart(
  records: readonly SearchRecord[],
  outputPath: string,
  maxFragments: number,
): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'nb', maxFragments })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    const failed: string[] = []
    for (let from = 0; from < records.length; from += IN_FLIGHT) {
      await Promise.all(
        records
          .slice(from, from + IN_FLIGHT)
          .map(({ url, title, kind, content }) =>
            index
              .addCustomRecord({ url, content, language: 'nb', meta: { title, kind } })
              .then(
                (result) => void failed.push(...result.errors.map((error) => `${url}: ${error}`)),
              ),
          ),
      )
    }
    if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.join('; ')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    }
  } finally {
    await close()
  }
}
