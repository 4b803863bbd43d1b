import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
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
})
