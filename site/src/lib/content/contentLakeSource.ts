import { createClient } from '@sanity/client'
import type { ContentEnv } from '../env'
import type { ContentSource } from './types'

/** The Content Lake API version every query runs against (pinned: results must not change under us). */
export const API_VERSION = '2025-02-19'

/** Configuration of the Content Lake source: the `contentLake` branch of the checked environment. */
export type ContentLakeConfig = Omit<Extract<ContentEnv, { kind: 'contentLake' }>, 'kind'>

/**
 * Removes the token from a client error. The client's errors can carry the request (headers included) as
 * properties and cause, so only a new message with the status survives.
 */
function safeError(error: unknown, token: string | undefined): Error {
  const status = (error as { statusCode?: unknown }).statusCode
  let message = error instanceof Error ? error.message : String(error)
  if (token) message = message.split(token).join('[token]')
  return new Error(
    `Content Lake query failed${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${message}`,
  )
}

/** Queries a Sanity Content Lake through `@sanity/client`: no CDN, published perspective, pinned API version. */
export function createContentLakeSource(config: ContentLakeConfig): ContentSource {
  const { projectId, dataset, token, apiHost } = config
  const client = createClient({
    projectId,
    dataset,
    apiVersion: API_VERSION,
    useCdn: false,
    perspective: 'published',
    ...(token ? { token } : {}),
    // A custom host (tests' local stand-in, a proxy) is addressed as is, not as <projectId>.<host>.
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'contentLake',
    async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
      try {
        return await client.fetch<T>(query, params)
      } catch (error) {
        throw safeError(error, token)
      }
    },
  }
}
