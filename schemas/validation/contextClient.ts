import type { SanityClient, ValidationContext } from 'sanity'

/** API version of the few look-ups that validation makes. */
export const VALIDATION_API_VERSION = '2025-01-01'

/**
 * The Content Lake client of a validation run, or undefined where there is none (offline CLI runs, tests
 * without a stub). Rules that need other documents skip themselves then rather than fail.
 */
export function contextClient(
  context: Pick<ValidationContext, 'getClient'>,
): SanityClient | undefined {
  try {
    return context.getClient?.({ apiVersion: VALIDATION_API_VERSION })
  } catch {
    return undefined
  }
}

/** Fetches with the context's client; undefined when there is no client or the fetch fails. */
export async function fetchForValidation<T>(
  context: Pick<ValidationContext, 'getClient'>,
  query: string,
  params: Record<string, unknown>,
): Promise<T | undefined> {
  const client = contextClient(context)
  if (!client) return undefined
  try {
    return await client.fetch<T>(query, params)
  } catch {
    return undefined
  }
}

/** The published and draft ids of a referenced document, for look-ups that accept either. */
export function idsOf(ref: string): string[] {
  return [ref, `drafts.${ref}`]
}

/** The `_ref` of a reference field of the document being validated. */
export function referencedId(document: unknown, field: string): string | undefined {
  const ref = (document as Record<string, { _ref?: unknown } | undefined> | undefined)?.[field]
    ?._ref
  return typeof ref === 'string' && ref ? ref : undefined
}
