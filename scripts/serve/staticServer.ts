import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve, sep } from 'node:path'
import { contentTypeFor } from './contentTypes.ts'
import { loadHeaderRules } from './headerManifest.ts'
import { headerManifestFile, headersForPath, type HeaderRule } from './securityHeaders.ts'

/** Options of `startStaticServer`. */
export interface StaticServerOptions {
  /** The built folder to serve (e.g. `site/dist`). */
  root: string
  /** Port to listen on; 0 picks a free one. */
  port?: number
  /** Interface to bind; loopback unless asked otherwise. */
  host?: string
  /** Header rules; read from the build's `_headers.json` (or computed from it) when omitted. */
  rules?: HeaderRule[]
}

/** A running static server. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string
  server: Server
  close: () => Promise<void>
}

type Resolved = { kind: 'file'; file: string } | { kind: 'directory-without-slash' } | null

// Deployment metadata is read by the host, never served to visitors.
const hiddenFiles = new Set(['/_headers', `/${headerManifestFile}`])

/** Maps a request path to a file inside `root`, or null when it does not exist or would leave `root`. */
export async function resolveRequestPath(root: string, rawPath: string): Promise<Resolved> {
  let urlPath: string
  try {
    urlPath = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (urlPath.includes('\0') || urlPath.includes('\\') || hiddenFiles.has(urlPath)) return null
  const rootReal = await realpath(root)
  const candidate = resolve(rootReal, `.${urlPath.startsWith('/') ? urlPath : `/${urlPath}`}`)
  if (candidate !== rootReal && !candidate.startsWith(rootReal + sep)) return null
  const found = await statInside(rootReal, candidate)
  if (found?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'directory-without-slash' }
    return (await statInside(rootReal, join(candidate, 'index.html')))?.isFile()
      ? { kind: 'file', file: join(candidate, 'index.html') }
      : null
  }
  if (found?.isFile()) return { kind: 'file', file: candidate }
  // `/404` and other extension-less links to `name.html`, as static hosts resolve them.
  if (!urlPath.endsWith('/') && (await statInside(rootReal, `${candidate}.html`))?.isFile()) {
    return { kind: 'file', file: `${candidate}.html` }
  }
  return null
}

// Stats a path only when its real location (symlinks followed) is still inside the root.
async function statInside(rootReal: string, path: string) {
  try {
    const real = await realpath(path)
    if (real !== rootReal && !real.startsWith(rootReal + sep)) return null
    return await stat(real)
  } catch {
    return null
  }
}

/** What a visitor gets on a 500: no error message, no server path. */
export const SERVER_ERROR_BODY = 'Serverfeil. Prøv igjen senere.'

/** Receives the details of a request that failed with a 500; they go to the operator, never to the visitor. */
export type ServerErrorLog = (error: unknown, request: IncomingMessage) => void

/** The default `ServerErrorLog`: one line on stderr with the method, the requested path and the error. */
export const logServerError: ServerErrorLog = (error, request) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`static server: 500 for ${request.method} ${request.url}: ${message}`)
}

/**
 * Ends a failed request: a 500 with `SERVER_ERROR_BODY`, or, when the response had already begun, a cut
 * connection, so that the visitor never gets an error text appended to part of a page.
 */
export function endWithServerError(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end(SERVER_ERROR_BODY)
}

/**
 * Creates (does not start) an HTTP server for a built folder with the given header rules. A request that fails
 * gets a 500 with a short Norwegian body; the details go to `onError`.
 */
export function createStaticServer(
  root: string,
  rules: HeaderRule[],
  onError: ServerErrorLog = logServerError,
): Server {
  return createServer((request, response) => {
    handle(root, rules, request, response).catch((error: unknown) => {
      onError(error, request)
      endWithServerError(response)
    })
  })
}

async function handle(
  root: string,
  rules: HeaderRule[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  // Split by hand: `new URL('//host/x', base)` would read a doubled slash as another host.
  const target = request.url ?? '/'
  const queryAt = target.search(/[?#]/)
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt)
  const search = queryAt === -1 ? '' : target.slice(queryAt).replace(/#.*$/, '')
  for (const [name, value] of Object.entries(headersForPath(rules, pathname))) {
    response.setHeader(name, value)
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Metoden er ikke tillatt.')
    return
  }
  const resolved = await resolveRequestPath(root, pathname)
  if (resolved?.kind === 'directory-without-slash') {
    // Collapsing leading slashes keeps `//evil.example` from becoming an off-site redirect.
    response.writeHead(301, { Location: `/${pathname.replace(/^\/+/, '')}/${search}` })
    response.end()
    return
  }
  const notFound = resolved === null ? await resolveRequestPath(root, '/404.html') : null
  const file = resolved?.file ?? (notFound?.kind === 'file' ? notFound.file : undefined)
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    response.end('Siden finnes ikke.')
    return
  }
  const size = (await stat(file)).size
  response.writeHead(resolved ? 200 : 404, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(size),
  })
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  createReadStream(file).pipe(response)
}

/** Serves a built folder with its security headers; resolves once listening. */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = resolve(options.root)
  const rules = options.rules ?? (await loadHeaderRules(root))
  const server = createStaticServer(root, rules)
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done())
  })
  const { address, port } = server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections()
        server.close((error) => (error ? fail(error) : done()))
      }),
  }
}
