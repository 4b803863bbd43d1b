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

/** A new source for the environment, timed when the bench asks (`DRIVKRAFT_GROQ_TIMINGS`). */
export function openSource(): ContentSource {
  const source = createSource(getContentEnv())
  const timings = readGroqTimingsFile()
  return timings ? timedSource(source, timings) : source
}

let memo: ContentSource | undefined

/** The one source of this process's pages, opened on first use. */
export function getSource(): ContentSource {
  memo ??= openSource()
  return memo
}
