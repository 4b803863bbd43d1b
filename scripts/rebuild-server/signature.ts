import { timingSafeEqual } from 'node:crypto'
import {
  decodeSignatureHeader,
  encodeSignatureHeader,
  isSignatureError,
  SIGNATURE_HEADER_NAME,
} from '@sanity/webhook'

/** The header Sanity signs deliveries with. */
export const SIGNATURE_HEADER = SIGNATURE_HEADER_NAME

/** Sanity retries a delivery for 30 minutes; five more absorb clock skew and queueing. */
export const MAX_AGE_MS = 35 * 60_000

/** A signature from further ahead than this is not from a clock we trust. */
export const MAX_FUTURE_MS = 5 * 60_000

/** A rejection with the status code docs/publishing.md (Rebuild server) gives it, and a reason for the log. */
export interface Rejection {
  status: 400 | 401
  reason: string
}

/** A parsed, fresh signature header, still to be checked against the body. */
export interface FreshSignature {
  timestamp: number
  hashedPayload: string
}

/**
 * Checks what can be checked before reading the body: presence, shape and age of the signature header.
 * `values` holds every occurrence of the header (Node's `headersDistinct`), so a repeated header is seen.
 */
export function checkSignatureHeader(
  values: readonly string[] | undefined,
  now: number,
): FreshSignature | Rejection {
  if (values === undefined || values.length === 0) {
    return { status: 401, reason: 'unsigned: no sanity-webhook-signature header' }
  }
  if (values.length > 1) return { status: 400, reason: 'repeated sanity-webhook-signature header' }
  let decoded: FreshSignature
  try {
    decoded = decodeSignatureHeader(values[0] ?? '')
  } catch (error) {
    if (!isSignatureError(error)) throw error
    return { status: 400, reason: `malformed signature header: ${error.message}` }
  }
  if (!Number.isSafeInteger(decoded.timestamp)) {
    return { status: 400, reason: 'malformed signature header: timestamp out of range' }
  }
  if (now - decoded.timestamp > MAX_AGE_MS) {
    return {
      status: 401,
      reason: `stale signature: ${Math.round((now - decoded.timestamp) / 1000)} s old`,
    }
  }
  if (decoded.timestamp - now > MAX_FUTURE_MS) {
    return {
      status: 401,
      reason: `signature from the future: ${Math.round((decoded.timestamp - now) / 1000)} s ahead`,
    }
  }
  return decoded
}

/** Tells a rejection from a fresh signature. */
export function isRejection(value: FreshSignature | Rejection): value is Rejection {
  return 'status' in value
}

/**
 * Recomputes the HMAC over the raw body with `@sanity/webhook` and compares it in constant time, which the
 * library's own string comparison does not do.
 */
export async function signatureMatches(
  rawBody: string,
  signature: FreshSignature,
  secret: string,
): Promise<boolean> {
  const expected = decodeSignatureHeader(
    await encodeSignatureHeader(rawBody, signature.timestamp, secret),
  ).hashedPayload
  const a = Buffer.from(expected)
  const b = Buffer.from(signature.hashedPayload)
  // Lengths are public (a SHA-256 digest is always 43 base64url characters), so this early exit leaks nothing.
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Signs a body the way Sanity does: for tests, the benchmark and manual `curl` checks. */
export function signBody(rawBody: string, secret: string, timestamp = Date.now()): Promise<string> {
  return encodeSignatureHeader(rawBody, timestamp, secret)
}
