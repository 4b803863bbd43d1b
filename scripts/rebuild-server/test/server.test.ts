import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { MAX_BODY_BYTES } from '../server.ts'
import { signBody } from '../signature.ts'
import {
  deliver,
  lastIndexOf,
  openGate,
  send,
  SECRET,
  standIn,
  startTestServer,
  status,
  tempDir,
  waitFor,
  closeAfter,
} from './helpers.ts'

const body = JSON.stringify({ _id: 'measure-1', _type: 'measure', operation: 'update' })
const running = closeAfter()

/** A server whose builds would succeed at once, so any build a rejection started would show. */
async function quickServer() {
  const releasesDir = await tempDir()
  const server = await startTestServer({
    RELEASES_DIR: releasesDir,
    REBUILD_COMMAND: standIn.site('ok'),
  })
  running.push(server)
  return { ...server, releasesDir }
}

const minutes = (n: number) => n * 60_000
const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20)

describe('POST /webhook rejects', () => {
  test.each<[string, number, () => Promise<NonNullable<Parameters<typeof send>[1]>>]>([
    ['an unsigned delivery', 401, async () => ({ body })],
    [
      'a forged signature',
      401,
      async () => ({
        headers: { 'sanity-webhook-signature': `t=${Date.now()},v1=${'A'.repeat(43)}` },
        body,
      }),
    ],
    [
      'a signature made with the wrong secret',
      401,
      async () => ({
        headers: { 'sanity-webhook-signature': await signBody(body, 'not-the-secret') },
        body,
      }),
    ],
    [
      'a signature over another body',
      401,
      async () => ({
        headers: { 'sanity-webhook-signature': await signBody('{"_id":"other"}', SECRET) },
        body,
      }),
    ],
    [
      'a stale signature (36 minutes old)',
      401,
      async () => ({
        headers: {
          'sanity-webhook-signature': await signBody(body, SECRET, Date.now() - minutes(36)),
        },
        body,
      }),
    ],
    [
      'a signature from the future (6 minutes ahead)',
      401,
      async () => ({
        headers: {
          'sanity-webhook-signature': await signBody(body, SECRET, Date.now() + minutes(6)),
        },
        body,
      }),
    ],
    [
      'a malformed signature header',
      400,
      async () => ({ headers: { 'sanity-webhook-signature': 'v1=abc' }, body }),
    ],
    [
      'a repeated signature header',
      400,
      async () => {
        const signature = await signBody(body, SECRET)
        return { headers: { 'sanity-webhook-signature': [signature, signature] }, body }
      },
    ],
    [
      'a signed body that is not JSON',
      400,
      async () => ({
        headers: { 'sanity-webhook-signature': await signBody('not json', SECRET) },
        body: 'not json',
      }),
    ],
    [
      'a body over 1 MB with Content-Length',
      413,
      async () => ({
        headers: { 'sanity-webhook-signature': await signBody('{}', SECRET) },
        body: big,
      }),
    ],
    [
      'a body over 1 MB sent chunked',
      413,
      async () => ({
        headers: { 'sanity-webhook-signature': await signBody('{}', SECRET) },
        chunks: [big.subarray(0, 600_000), big.subarray(600_000)],
      }),
    ],
    ['GET', 405, async () => ({ method: 'GET' })],
    ['PUT', 405, async () => ({ method: 'PUT', body })],
  ])('%s → %i, and no build starts', async (_name, expected, makeRequest) => {
    const server = await quickServer()
    const { headers = {}, ...rest } = await makeRequest()
    const res = await send(`${server.url}/webhook`, {
      ...rest,
      headers: { 'content-type': 'application/json', ...headers },
    })
    expect(res.status).toBe(expected)
    // A valid delivery afterwards still works: the rejection left the server healthy.
    expect((await send(`${server.url}/healthz`, { method: 'GET' })).status).toBe(200)
    const after = await status(server.url)
    expect(after.buildsStarted).toBe(0)
    expect(after.current).toBeNull()
    expect(server.events.filter((e) => e.event === 'delivery.rejected')).toHaveLength(1)
    expect(await readdir(server.releasesDir)).not.toContain('current')
  })
})

describe('a valid delivery', () => {
  test('is acknowledged with 202 before its build ends, and the build goes live', async () => {
    const releasesDir = await tempDir()
    const gate = join(releasesDir, '..', `${releasesDir.split('/').pop()}.gate`)
    const server = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.gated(gate, 'first'),
    })
    running.push(server)
    const res = await deliver(server.url, body, { key: 'k-1' })
    expect(res.status).toBe(202)
    const during = await status(server.url)
    expect(during).toMatchObject({
      state: 'building',
      buildsStarted: 1,
      buildsSucceeded: 0,
      current: null,
    })
    await openGate(gate)
    await server.service.idle()
    const after = await status(server.url)
    expect(after).toMatchObject({
      state: 'idle',
      pending: false,
      buildsSucceeded: 1,
      buildsFailed: 0,
    })
    expect(after.current).toBe(after.lastBuild?.id)
    expect(await readFile(join(releasesDir, 'current', 'index.html'), 'utf8')).toBe('first')
    const names = server.events.map((e) => e.event)
    expect(names.indexOf('delivery.accepted')).toBeLessThan(names.indexOf('build.start'))
    expect(names).toContain('release.swap')
    expect(server.events.find((e) => e.event === 'delivery.accepted')).toMatchObject({
      id: 'measure-1',
      type: 'measure',
      operation: 'update',
      key: 'k-1',
    })
  })

  test('replayed with the same idempotency-key answers 200 and starts no build', async () => {
    const server = await quickServer()
    expect((await deliver(server.url, body, { key: 'same-key' })).status).toBe(202)
    await server.service.idle()
    const replay = await deliver(server.url, body, { key: 'same-key' })
    expect(replay.status).toBe(200)
    await server.service.idle()
    expect((await status(server.url)).buildsStarted).toBe(1)
    expect((await deliver(server.url, body, { key: 'other-key' })).status).toBe(202)
    await server.service.idle()
    expect((await status(server.url)).buildsStarted).toBe(2)
  })

  test('answers GET /status with exactly the documented keys and GET /healthz with 200', async () => {
    const server = await quickServer()
    expect(Object.keys(await status(server.url)).sort()).toEqual([
      'buildsFailed',
      'buildsStarted',
      'buildsSucceeded',
      'current',
      'lastBuild',
      'pending',
      'state',
    ])
    expect((await send(`${server.url}/healthz`, { method: 'GET' })).status).toBe(200)
    expect((await send(`${server.url}/nowhere`, { method: 'GET' })).status).toBe(404)
  })
})

describe('a burst of deliveries during a slow build', () => {
  test('200 signed deliveries cause at most 2 builds, the last starting after the last delivery', async () => {
    const releasesDir = await tempDir()
    const gate = `${releasesDir}.gate`
    const server = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.gated(gate, 'burst'),
    })
    running.push(server)
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        deliver(server.url, JSON.stringify({ _id: `news-${i}`, _type: 'newsItem' }), {
          key: `burst-${i}`,
        }),
      ),
    )
    expect(results.every((res) => res.status === 202)).toBe(true)
    expect(await status(server.url)).toMatchObject({
      state: 'building',
      pending: true,
      buildsStarted: 1,
    })
    await openGate(gate)
    await waitFor(async () => (await status(server.url)).buildsSucceeded === 2)
    await server.service.idle()
    const after = await status(server.url)
    expect(after.buildsStarted).toBe(2)
    expect(after.pending).toBe(false)
    expect(server.events.filter((e) => e.event === 'delivery.accepted')).toHaveLength(200)
    expect(lastIndexOf(server.events, 'build.start')).toBeGreaterThan(
      lastIndexOf(server.events, 'delivery.accepted'),
    )
  })
})
