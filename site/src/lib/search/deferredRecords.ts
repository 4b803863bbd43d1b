import { createReadStream, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { SearchRecord } from './searchRecords'

/**
 * Where a build with `DRIVKRAFT_SEARCH_INDEX=after` leaves its search records: beside its output folder, never in
 * it, so that a build whose indexing step did not run never publishes them.
 */
export function deferredRecordsPath(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.search-records.ndjson`
}

/** Writes the records as NDJSON, one record a line. */
export function writeRecords(path: string, records: readonly SearchRecord[]): void {
  writeFileSync(path, records.map((record) => JSON.stringify(record) + '\n').join(''))
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

/** The records of a records file, one at a time; empty lines are skipped. */
export async function* readRecords(path: string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    yield parseRecord(line, `${path}:${number}`)
  }
}
