import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { RebuildConfig } from './config.ts'
import { listen, shutdown } from './listen.ts'
import type { Logger } from './log.ts'
import { RebuildService } from './service.ts'
import {
  checkSignatureHeader,
  isRejection,
  signatureMatches,
  SIGNATURE_HEADER,
} from './signature.ts'

/** Sanity's payloads are small projections; anything larger is not a delivery we asked for. */
export const MAX_BODY_BYTES = 1024 * 1024

/** After a 413 the rest of the body is discarded for this long, so the client reads the answer, then cut off. */
const DISCARD_MS = 1_000

/** What every handler needs. */
interface Context {
  config: RebuildConfig
  service: RebuildService
  log: Logger
}

/** A running rebuild server. */
export interface RunningRebuildServer {
  url: string
  server: Server
  service: RebuildService
  close: () => Promise<void>
}

/** Reads the body up to `limit` bytes; resolves null as soon as it is larger, without buffering the rest. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > limit) {
        request.off('data', onData)
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    request.on('data', onData)
    request.once('end', () => resolve(Buffer.concat(chunks)))
    request.once('error', reject)
  })
}

/** Sends a JSON answer. */
function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  })
  response.end(text)
}

/** Answers 413 and closes the connection: the remaining body is drained into nothing, then the socket cut. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse): void {
  request.removeAllListeners('data')
  request.resume()
  const cut = setTimeout(() => request.socket.destroy(), DISCARD_MS)
  cut.unref()
  request.once('end', () => clearTimeout(cut))
  sendJson(response, 413, { error: 'payload too large' }, { connection: 'close' })
}

/** Picks the projection's `_id`, `_type` and `operation` for the log; the build never reads the payload. */
export function describePayload(payload: unknown): Record<string, string> {
  if (typeof payload !== 'object' || payload === null) return {}
  const picked: Record<string, string> = {}
  for (const field of ['_id', '_type', 'operation']) {
    const value = (payload as Record<string, unknown>)[field]
    if (typeof value === 'string') picked[field.replace(/^_/, '')] = value.slice(0, 200)
  }
  return picked
}

/** Handles `POST /webhook`: verify, record, acknowledge; the build happens after the answer. */
async function handleWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  { config, service, log }: Context,
): Promise<void> {
  const remote = request.socket.remoteAddress
  const reject = (status: number, reason: string, headers: Record<string, string> = {}): void => {
    log('delivery.rejected', { status, reason, remote })
    // The body may be unread; closing the connection keeps Node from reading it into nowhere for us.
    sendJson(response, status, { error: reason }, { connection: 'close', ...headers })
  }
  const header = checkSignatureHeader(request.headersDistinct[SIGNATURE_HEADER], Date.now())
  if (isRejection(header)) return reject(header.status, header.reason)
  const body = await readBody(request, MAX_BODY_BYTES)
  if (body === null) {
    log('delivery.rejected', { status: 413, reason: `body over ${MAX_BODY_BYTES} bytes`, remote })
    return refuseTooLarge(request, response)
  }
  const raw = body.toString('utf8')
  if (raw.length === 0) return reject(400, 'empty body')
  if (!(await signatureMatches(raw, header, config.secret))) {
    return reject(401, 'signature does not match the body (forged or wrong secret)')
  }
  let payload: unknown
  try {
    payload = JSON.parse(raw)
  } catch {
    return reject(400, 'body is not JSON')
  }
  const key = request.headersDistinct['idempotency-key']?.[0] ?? null
  const outcome = service.accept(key)
  if (outcome.duplicate) {
    log('delivery.duplicate', { key, remote })
    return sendJson(response, 200, { status: 'already accepted' })
  }
  log('delivery.accepted', {
    seq: outcome.seq,
    key,
    build: outcome.build,
    remote,
    ...describePayload(payload),
  })
  sendJson(response, 202, { status: 'accepted', build: outcome.build })
}

/** Routes one request. */
async function route(
  request: IncomingMessage,
  response: ServerResponse,
  context: Context,
): Promise<void> {
  const { service, log } = context
  const { pathname } = new URL(request.url ?? '/', 'http://localhost')
  const allowed: Record<string, string> = {
    '/webhook': 'POST',
    '/status': 'GET, HEAD',
    '/healthz': 'GET, HEAD',
  }
  const allow = allowed[pathname]
  if (allow === undefined) return sendJson(response, 404, { error: 'not found' })
  if (!allow.split(', ').includes(request.method ?? '')) {
    if (pathname === '/webhook')
      log('delivery.rejected', { status: 405, reason: `method ${request.method}` })
    return sendJson(response, 405, { error: 'method not allowed' }, { allow, connection: 'close' })
  }
  if (pathname === '/webhook') return handleWebhook(request, response, context)
  if (pathname === '/status') return sendJson(response, 200, await service.status())
  sendJson(response, 200, { ok: true })
}

/** Starts the rebuild server: opens the journal, builds what was pending, then listens. */
export async function startRebuildServer(
  config: RebuildConfig,
  log: Logger,
): Promise<RunningRebuildServer> {
  const service = new RebuildService(config, log)
  await service.start()
  const server = createServer((request, response) => {
    route(request, response, { config, service, log }).catch((error: unknown) => {
      log('request.error', { message: error instanceof Error ? error.message : String(error) })
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' })
      else response.destroy()
    })
  })
  // A delivery is a small body sent at once; a client trickling bytes for minutes is not Sanity.
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  const url = await listen(server, config.port, config.host)
  log('server.listening', { url, releasesDir: config.releasesDir, command: config.command })
  return {
    url,
    server,
    service,
    close: async () => {
      await shutdown(server)
      await service.stop()
      log('server.stopped')
    },
  }
}
