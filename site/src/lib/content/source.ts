import { getContentEnv, type ContentEnv } from '../env'
import { createContentLakeSource } from './contentLakeSource'
import { createLocalSource } from './localSource'
import type { ContentSource } from './types'

/** The source a checked environment names: an NDJSON file through groq-js, or the Content Lake. */
export function createSource(env: ContentEnv): ContentSource {
  if (env.kind === 'dataset') return createLocalSource(env.file)
  const { kind: _kind, ...config } = env
  return createContentLakeSource(config)
}

let memo: ContentSource | undefined

/** The one source of this process, chosen from the environment on first use. */
export function getSource(): ContentSource {
  memo ??= createSource(getContentEnv())
  return memo
}
