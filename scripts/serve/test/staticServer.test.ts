import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { writeHeaderFiles } from '../headerManifest.ts'
import {
  endWithServerError,
  SERVER_ERROR_BODY,
  startStaticServer,
  type RunningServer,
} from '../staticServer.ts'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

// node:http sends the path exactly as given; fetch() would normalise `..` away before it reaches the server.
function rawGet(base: string, path: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(base)
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

let parent: string
let server: RunningServer

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'serve-test-'))
  const root = join(parent, 'dist')
  await mkdir(join(root, 'tiltak'), { recursive: true })
  await mkdir(join(root, 'pagefind'), { recursive: true })
  await writeFile(join(parent, 'secret.txt'), 'TOP SECRET')
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><title>Forside</title><script>go()</script>',
  )
  await writeFile(join(root, 'tiltak', 'index.html'), '<!doctype html><title>Tiltak</title>')
  await writeFile(join(root, '404.html'), '<!doctype html><title>Fant ikke siden</title>')
  await writeFile(join(root, 'kalender.ics'), 'BEGIN:VCALENDAR')
  await writeFile(join(root, 'sitemap-index.xml'), '<sitemapindex/>')
  await writeFile(join(root, 'pagefind', 'pagefind.nb_1.pf_meta'), 'x')
  await writeFile(join(root, 'pagefind', 'wasm.nb.pagefind'), 'x')
  await symlink(join(parent, 'secret.txt'), join(root, 'link.txt'))
  await writeHeaderFiles(root)
  server = await startStaticServer({ root })
})

afterAll(async () => {
  await server?.close()
  await rm(parent, { recursive: true, force: true })
})

describe('path traversal', () => {
  test.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/tiltak/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/link.txt',
    '/index.html%00.txt',
    '/%E0%A4%A',
  ])('%s never reaches a file outside the root', async (path) => {
    const reply = await rawGet(server.url, path)
    expect(reply.body).not.toContain('TOP SECRET')
    expect(reply.status).toBe(404)
  })

  test.each(['/_headers', '/_headers.json'])('%s (host metadata) is not served', async (path) => {
    expect((await rawGet(server.url, path)).status).toBe(404)
  })
})

describe('serving', () => {
  test.each([
    ['/', 200, 'text/html; charset=utf-8', 'Forside'],
    ['/tiltak/', 200, 'text/html; charset=utf-8', 'Tiltak'],
    ['/404', 200, 'text/html; charset=utf-8', 'Fant ikke siden'],
    ['/finnes-ikke/', 404, 'text/html; charset=utf-8', 'Fant ikke siden'],
    ['/kalender.ics', 200, 'text/calendar; charset=utf-8', 'VCALENDAR'],
    ['/sitemap-index.xml', 200, 'application/xml; charset=utf-8', 'sitemapindex'],
    ['/pagefind/pagefind.nb_1.pf_meta', 200, 'application/octet-stream', 'x'],
    ['/pagefind/wasm.nb.pagefind', 200, 'application/octet-stream', 'x'],
  ])('%s → %i %s', async (path, status, type, text) => {
    const reply = await rawGet(server.url, path)
    expect(reply.status).toBe(status)
    expect(reply.headers['content-type']).toBe(type)
    expect(reply.body).toContain(text)
  })

  test('a directory without a trailing slash redirects on the same site, keeping the query', async () => {
    const reply = await rawGet(server.url, '/tiltak?status=green')
    expect(reply.status).toBe(301)
    expect(reply.headers.location).toBe('/tiltak/?status=green')
  })

  test('a doubled leading slash cannot become an off-site redirect', async () => {
    const reply = await rawGet(server.url, '//tiltak')
    expect(reply.headers.location).toBe('/tiltak/')
  })

  test('methods other than GET and HEAD are refused', async () => {
    expect((await rawGet(server.url, '/', 'POST')).status).toBe(405)
    const head = await rawGet(server.url, '/', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })
})

describe('security headers', () => {
  test.each(['/', '/finnes-ikke/', '/kalender.ics'])('%s carries them', async (path) => {
    const { headers } = await rawGet(server.url, path)
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+';/)
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['strict-transport-security']).toContain('max-age=')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('geolocation=()')
  })
})

describe('server errors', () => {
  test('a visitor gets a short Norwegian 500; the error and the path go to stderr', async () => {
    // A root that is gone makes every request fail inside the handler, with an error naming the server path.
    const missing = join(parent, 'removed-dist')
    const broken = await startStaticServer({ root: missing, rules: [] })
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const reply = await rawGet(broken.url, '/tiltak/?q=1')
      expect(reply.status).toBe(500)
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8')
      expect(reply.body).toBe(SERVER_ERROR_BODY)
      expect(reply.body).not.toContain(parent)
      expect(reply.body).not.toContain('ENOENT')
      expect(stderr).toHaveBeenCalledTimes(1)
      const line = String(stderr.mock.calls[0]?.[0])
      expect(line).toContain('GET /tiltak/?q=1')
      expect(line).toContain('ENOENT')
      expect(line).toContain(missing)
    } finally {
      stderr.mockRestore()
      await broken.close()
    }
  })

  test('a failure after the response began cuts the connection instead of appending the error text', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.write('<!DOCTYPE html><p>Halve')
      endWithServerError(response)
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as { port: number }
    try {
      const outcome = await rawGet(`http://127.0.0.1:${port}`, '/').then(
        (reply) => reply.body,
        (error: Error) => error.message,
      )
      expect(outcome).not.toContain(SERVER_ERROR_BODY)
      expect(outcome).toMatch(/aborted|socket hang up|ECONNRESET/)
    } finally {
      await new Promise((done) => server.close(done))
    }
  })
})
