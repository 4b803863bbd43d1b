import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { SERVER_ERROR_BODY } from '../../serve/staticServer.ts'
import { memoryLogger } from '../log.ts'
import { activate } from '../releases.ts'
import { serveCurrent } from '../serveCurrent.ts'
import { send, tempDir } from './helpers.ts'

/** Writes a one-page release whose inline script differs per release, so its CSP hash does too. */
async function release(dir: string, id: string) {
  await mkdir(join(dir, id))
  await writeFile(
    join(dir, id, 'index.html'),
    `<!doctype html><html lang="nb"><title>${id}</title><script>console.log('${id}')</script></html>`,
  )
}

/**
 * A failed GET of `path` answered the visitor with the short Norwegian 500 and nothing of `hidden`, and logged one
 * `site.error` whose error names `named`.
 */
async function expectLoggedServerError(
  reply: Response,
  log: ReturnType<typeof memoryLogger>,
  { path, hidden, named }: { path: string; hidden: string; named: string },
): Promise<void> {
  expect(reply.status).toBe(500)
  expect(reply.headers.get('content-type')).toBe('text/plain; charset=utf-8')
  const body = await reply.text()
  expect(body).toBe(SERVER_ERROR_BODY)
  expect(body).not.toContain(hidden)
  expect(log.events).toEqual([
    { event: 'site.error', method: 'GET', path, error: expect.stringContaining(named) },
  ])
}

describe('--serve', () => {
  test('serves the live release with its security headers and follows a swap', async () => {
    const dir = await tempDir()
    const site = await serveCurrent(dir, 0, '127.0.0.1')
    try {
      expect((await send(`${site.url}/`, { method: 'GET' })).status).toBe(503)
      await release(dir, '20261126T080000000Z')
      await release(dir, '20261126T081000000Z')
      await activate(dir, '20261126T080000000Z')
      const first = await fetch(`${site.url}/`)
      expect(await first.text()).toContain('20261126T080000000Z')
      expect(first.headers.get('x-content-type-options')).toBe('nosniff')
      const firstPolicy = first.headers.get('content-security-policy')
      expect(firstPolicy).toContain("'sha256-")
      await activate(dir, '20261126T081000000Z')
      const second = await fetch(`${site.url}/`)
      expect(await second.text()).toContain('20261126T081000000Z')
      expect(second.headers.get('content-security-policy')).not.toBe(firstPolicy)
    } finally {
      await site.close()
    }
  })

  test('a failure reading current answers a Norwegian 500 and logs the error with the path', async () => {
    const dir = await tempDir()
    // A plain file where the symlink belongs: readCurrent throws an error naming the server path.
    await writeFile(join(dir, 'current'), 'not a link')
    const log = memoryLogger()
    const site = await serveCurrent(dir, 0, '127.0.0.1', log)
    try {
      await expectLoggedServerError(await fetch(`${site.url}/tiltak/`), log, {
        path: '/tiltak/',
        hidden: dir,
        named: join(dir, 'current'),
      })
    } finally {
      await site.close()
    }
  })

  test('a failure inside the static server of the release is logged the same way', async () => {
    const dir = await tempDir()
    await release(dir, '20261126T080000000Z')
    await activate(dir, '20261126T080000000Z')
    const log = memoryLogger()
    const site = await serveCurrent(dir, 0, '127.0.0.1', log)
    try {
      expect((await fetch(`${site.url}/`)).status).toBe(200)
      // The live release vanishes under the cached handler: its realpath fails with the folder's path.
      await rm(join(dir, '20261126T080000000Z'), { recursive: true })
      await expectLoggedServerError(await fetch(`${site.url}/om/`), log, {
        path: '/om/',
        hidden: dir,
        named: join(dir, '20261126T080000000Z'),
      })
    } finally {
      await site.close()
    }
  })
})
