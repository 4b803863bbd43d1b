import { appendFileSync } from 'node:fs'
import type { ContentSource } from './types'

/**
 * Wraps a source so each query's wall time is appended to `file` as one NDJSON line (for the benchmark). With the
 * bundled dataset the first query's time includes reading and parsing the file.
 */
export function timedSource(source: ContentSource, file: string): ContentSource {
  return {
    kind: source.kind,
    async fetch<T>(query: string, params?: Record<string, unknown>): Promise<T> {
      const started = performance.now()
      const result = await source.fetch<T>(query, params)
      const ms = performance.now() - started
      // Only the query's first line: enough to tell the queries apart, no parameters (they may be anything).
      const line = { ms, source: source.kind, query: query.split('\n', 1)[0] }
      appendFileSync(file, `${JSON.stringify(line)}\n`)
      return result
    },
  }
}
