import { appendFileSync } from 'node:fs'
import type { ContentSource } from './types'

/** Runs `work` and resolves to its wall time in milliseconds. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/**
 * Wraps a source so each query's wall time is appended to `file` as one NDJSON line (for the benchmark). Timed
 * queries run one at a time: getters ask for several collections at once, and groq-js interleaves concurrent
 * evaluations on the one thread, so overlapping wall times would add up to several times the real cost. Loading
 * the bundled dataset (reading and parsing the file) is not GROQ: it is done first, untimed in `ms`, and reported
 * once as `loadMs` on the first line. Work queued by other code while a query runs still lands in its window, so
 * the figure is an upper bound.
 */
export function timedSource(source: ContentSource, file: string): ContentSource {
  const prepare = source.prepare?.bind(source)
  let loading: Promise<number> | undefined
  let loadReported = false
  let previous: Promise<unknown> = Promise.resolve()
  return {
    kind: source.kind,
    async fetch<T>(query: string, params?: Record<string, unknown>): Promise<T> {
      const turn = previous.then(() => run<T>(query, params))
      previous = turn.catch(() => undefined)
      return turn
    },
  }

  async function run<T>(query: string, params?: Record<string, unknown>): Promise<T> {
    let loadMs: number | undefined
    if (prepare) {
      const ms = await (loading ??= timed(prepare))
      if (!loadReported) {
        loadReported = true
        loadMs = ms
      }
    }
    // Let what is already queued finish first (the callers of the queries before this one build their rows as
    // soon as their results arrive): otherwise that work runs inside this query's timed window.
    await new Promise((resolve) => setImmediate(resolve))
    const started = performance.now()
    const result = await source.fetch<T>(query, params)
    const ms = performance.now() - started
    // Only the query's first line: enough to tell the queries apart, no parameters (they may be anything).
    const line = { ms, source: source.kind, query: query.split('\n', 1)[0], loadMs }
    appendFileSync(file, `${JSON.stringify(line)}\n`)
    return result
  }
}
