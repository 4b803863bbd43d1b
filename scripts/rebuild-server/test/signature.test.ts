import { describe, expect, test } from 'vitest'
import {
  checkSignatureHeader,
  isRejection,
  MAX_AGE_MS,
  MAX_FUTURE_MS,
  signatureMatches,
  signBody,
} from '../signature.ts'

const now = Date.UTC(2026, 10, 26, 9, 0, 0)
const body = '{"_id":"goal-1","_type":"goal"}'
const secret = 'the-secret'

describe('checkSignatureHeader', () => {
  test.each([
    ['missing', undefined, 401, /unsigned/],
    ['empty list', [], 401, /unsigned/],
    ['repeated', ['t=1,v1=a', 't=1,v1=a'], 400, /repeated/],
    ['without v1', [`t=${now}`], 400, /malformed/],
    ['with letters for a timestamp', ['t=abc,v1=xyz'], 400, /malformed/],
    ['with an absurd timestamp', [`t=${'9'.repeat(30)},v1=xyz`], 400, /out of range/],
    ['older than 35 minutes', [`t=${now - MAX_AGE_MS - 1},v1=x`], 401, /stale/],
    ['more than 5 minutes ahead', [`t=${now + MAX_FUTURE_MS + 1},v1=x`], 401, /future/],
  ])('rejects a header that is %s', (_name, values, status, reason) => {
    const verdict = checkSignatureHeader(values, now)
    expect(isRejection(verdict)).toBe(true)
    expect(verdict).toMatchObject({ status, reason: expect.stringMatching(reason) })
  })

  test.each([
    ['exactly 35 minutes old', now - MAX_AGE_MS],
    ['exactly 5 minutes ahead', now + MAX_FUTURE_MS],
    ['current', now],
  ])('accepts a timestamp %s', async (_name, timestamp) => {
    const verdict = checkSignatureHeader([await signBody(body, secret, timestamp)], now)
    expect(verdict).toMatchObject({ timestamp })
  })
})

describe('signatureMatches', () => {
  test.each([
    ['the signed body and secret', body, secret, true],
    ['another secret', body, 'other-secret', false],
    ['a body with one byte changed', body.replace('1', '2'), secret, false],
    ['the same JSON re-encoded with spaces', '{"_id": "goal-1", "_type": "goal"}', secret, false],
  ])('with %s → %s', async (_name, receivedBody, usedSecret, expected) => {
    const verdict = checkSignatureHeader([await signBody(body, secret, now)], now)
    if (isRejection(verdict)) throw new Error(verdict.reason)
    expect(await signatureMatches(receivedBody, verdict, usedSecret)).toBe(expected)
  })

  test('rejects a hash of the wrong length without throwing', async () => {
    expect(await signatureMatches(body, { timestamp: now, hashedPayload: 'short' }, secret)).toBe(
      false,
    )
  })
})
