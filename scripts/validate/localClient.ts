import type { ValidationClient } from '@sanity/validation'
import { evaluate, parse } from 'groq-js'
import type { DatasetDocument } from '../../site/src/lib/content/parseNdjson'

/**
 * A stand-in for `@sanity/client` that answers `fetch` with groq-js over in-memory documents, so that custom
 * validators (slug uniqueness, cross-document rules) run offline exactly as they would against the Content Lake.
 */
export function createLocalClient(documents: readonly DatasetDocument[]): ValidationClient {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const dereference = async ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null
  const unsupported = (what: string) => () => {
    throw new Error(`The offline validation client does not support ${what}`)
  }
  const client = {
    async fetch(query: string, params?: Record<string, unknown>) {
      const value = await evaluate(parse(query), {
        dataset: documents,
        params: params ?? {},
        dereference,
      })
      return value.get()
    },
    getDataUrl: (operation: string, path = '') => `/data/${operation}/offline/${path}`,
    observable: {
      fetch: unsupported('observable.fetch'),
      request: unsupported('observable.request'),
    },
    withConfig: () => client,
    clone: () => client,
    config: () => ({ dataset: 'offline', projectId: 'offline', apiVersion: '2025-02-19' }),
  }
  return client as unknown as ValidationClient
}
