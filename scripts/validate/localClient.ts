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
  // The documents never change during a run, and Sanity asks the same slug-uniqueness question once per rule
  // on a slug field, so answers are shared: large generated datasets would otherwise pay for each one again.
  const answers = new Map<string, Promise<unknown>>()
  const client = {
    fetch(query: string, params?: Record<string, unknown>) {
      const key = JSON.stringify([query, params ?? {}])
      let answer = answers.get(key)
      if (!answer) {
        // Parsed inside the promise so that a syntax error rejects, as it does with the real client.
        answer = Promise.resolve()
          .then(() =>
            evaluate(parse(query), { dataset: documents, params: params ?? {}, dereference }),
          )
          .then((value) => value.get())
        answers.set(key, answer)
      }
      return answer
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
