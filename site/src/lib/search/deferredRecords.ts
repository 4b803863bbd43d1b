import { closeSync, createReadStream, openSync, renameSync, writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { SearchRecord } from './searchRecords'

/**
 * Where a build with `DRIVKRAFT_SEARCH_INDEX=after` leaves its search records: beside its output folder, never in
 * it, so that a build whose indexing step did not run never publishes them.
 */
export function deferredRecordsPath(outDir: string): string {
  return `${withoutTrailingSlash(outDir)}.search-records.ndjson`
}

/**
 * Where the search index is written, in either mode, before it is moved into the output folder whole: beside it,
 * on the same file system, so the move is a rename and a failed index never reaches the output.
 */
export function indexStagingPath(outDir: string): string {
  return `${withoutTrailingSlash(outDir)}.pagefind-staging`
}

const withoutTrailingSlash = (path: string): string => path.replace(/[\\/]+$/, '')

/** One record as a line of NDJSON, the form records take in a file or on their way to another process. */
export const recordLine = (record: SearchRecord): string => JSON.stringify(record) + '\n'

/**
 * Writes the records as NDJSON, one record a line, and returns how many. A line at a time into a file beside
 * `path`, renamed into place at the end, so that a build that stops halfway leaves no records to index.
 */
export function writeRecords(path: string, records: Iterable<SearchRecord>): number {
  const partial = `${path}.partial`
  const file = openSync(partial, 'w')
  let count = 0
  try {
    for (const record of records) {
      writeSync(file, recordLine(record))
      count++
    }
  } finally {
    closeSync(file)
  }
  renameSync(partial, path)
  return count
}

const FIELDS = ['url', 'title', 'kind', 'content'] as const

/** One line of a records file as a record, or an error naming the file, the line and what is wrong. */
function parseRecord(line: string, where: string): SearchRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where}: a search record must be an object`)
  }
  const record = value as Record<string, unknown>
  const missing = FIELDS.filter((field) => typeof record[field] !== 'string')
  if (missing.length > 0) {
    throw new Error(
      `${where}: a search record needs text in ${missing.map((f) => `"${f}"`).join(', ')}`,
    )
  }
  return {
    url: record.url,
    title: record.title,
    kind: record.kind,
    content: record.content,
  } as SearchRecord
}

/**
 * The records of NDJSON read from `input`, one at a time; empty lines are skipped. An error names `name` (a file,
 * or where a stream comes from) and the line. Stopping early (`return()`, or an error) closes the reader.
 */
export async function* readRecordLines(
  input: NodeJS.ReadableStream,
  name: string,
): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity })
  let number = 0
  try {
    for await (const line of lines) {
      number++
      if (line.trim() === '') continue
      yield parseRecord(line, `${name}:${number}`)
    }
  } finally {
    lines.close()
  }
}

/** The records of a records file, one at a time; empty lines are skipped. The file opens when reading starts. */
export async function* readRecords(path: string): AsyncGenerator<SearchRecord> {
  const input = createReadStream(path, 'utf8')
  try {
    yield* readRecordLines(input, path)
  } finally {
    input.destroy()
  }
}
