import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** GROQ time of one build and where the figure came from. */
export interface GroqTiming {
  totalMs: number
  queries: number
  /** `content-module`: reported by the build itself; `bench-process`: the site's queries re-run by the bench. */
  source: 'content-module' | 'bench-process'
}

/**
 * Reads what the content module appended to `DRIVKRAFT_GROQ_TIMINGS`: NDJSON lines with at least `ms` (number).
 * Returns undefined when the file is missing or empty (the content module does not report timings).
 */
export function readGroqTimings(file: string): GroqTiming | undefined {
  if (!existsSync(file)) return undefined
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
  if (lines.length === 0) return undefined
  const totalMs = lines.reduce((sum, line, index) => {
    const ms = (JSON.parse(line) as { ms?: unknown }).ms
    if (typeof ms !== 'number')
      throw new Error(`${file}:${index + 1}: a timing line needs a number "ms"`)
    return sum + ms
  }, 0)
  return { totalMs, queries: lines.length, source: 'content-module' }
}

/**
 * Runs every `…Query` the site exports, once each, over a dataset with the site's own groq-js source (the same
 * code the build uses: one parse of the file, `_id`-indexed dereferencing) and times them. Loading the file is
 * done first and not counted.
 */
export async function measureGroqInProcess(repoRoot: string, dataset: string): Promise<GroqTiming> {
  const { createLocalSource } = (await import(
    join(repoRoot, 'site/src/lib/content/localSource.ts')
  )) as typeof import('../../site/src/lib/content/localSource.ts')
  const queries = (await import(join(repoRoot, 'site/src/lib/queries.ts'))) as Record<
    string,
    unknown
  >
  const source = createLocalSource(dataset)
  await source.fetch('*[_id == "programme"][0]._id')
  let totalMs = 0
  let count = 0
  for (const [name, query] of Object.entries(queries)) {
    if (!name.endsWith('Query') || typeof query !== 'string') continue
    const started = performance.now()
    await source.fetch(query)
    totalMs += performance.now() - started
    count++
  }
  return { totalMs, queries: count, source: 'bench-process' }
}
