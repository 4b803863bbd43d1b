import { getContentEnv, readGroqTimingsFile, type ContentEnv } from '../env'
import { createContentLakeSource } from './contentLakeSource'
import { createLocalSource } from './localSource'
import { timedSource } from './timedSource'
import type { ContentSource } from './types'

/** The source a checked environment names: an NDJSON file through groq-js, or the Content Lake. */
export function createSource(env: ContentEnv): ContentSource {
  if (env.kind === 'dataset') return createLocalSource(env.file)
  const { kind: _kind, ...config } = env
  return createContentLakeSource(config)
}

let memo: ContentSource | undefined

/** The one source of this process, chosen from the environment on first use (timed when the bench asks). */
export function getSource(): ContentSource {
  if (!memo) {
    const source = createSource(getContentEnv())
    const timings = readGroqTimingsFile()
    memo = timings ? timedSource(source, timings) : source
  }
  return memo
}
