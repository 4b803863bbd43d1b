import { readFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'
import { parseNdjson } from '../../src/lib/content/parseNdjson'

/** One request the stand-in answered, for assertions on method, path and headers. */
export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
}

/** A running stand-in of the Content Lake query endpoint. */
export interface ContentLakeStandIn {
  /** Origin to pass as `apiHost`, e.g. `http://127.0.0.1:40123`. */
  apiHost: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

const QUERY_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([^/]+)$/

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function readBody(req: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** `$name=<json>` search parameters, as `@sanity/client` encodes GROQ parameters in a GET. */
function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search)
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  return params
}

/**
 * Serves `GET` and `POST /v<date>/data/query/<dataset>` on 127.0.0.1 (random port), answering `{result, ms, query}`
 * like the Content Lake with the `published` perspective. It evaluates with groq-js's own reference resolution
 * (a scan per `->`), independent of the content module's index, so equal results also check that index.
 * With `token` set, requests without `Authorization: Bearer <token>` get 401.
 */
export async function startContentLakeStandIn(options: {
  file: string
  dataset: string
  token?: string
}): Promise<ContentLakeStandIn> {
  const { documents, errors } = parseNdjson(await readFile(options.file, 'utf8'), options.file)
  if (errors.length > 0) throw errors[0]
  const published = documents.filter((doc) => !doc._id.startsWith('drafts.'))
  const requests: RecordedRequest[] = []

  const server = createServer(async (req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    const started = performance.now()
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const match = QUERY_PATH.exec(url.pathname)
      if (!match) return send(res, 404, { error: { description: `No route for ${url.pathname}` } })
      if (match[2] !== options.dataset) {
        return send(res, 404, { error: { description: `Dataset "${match[2]}" not found` } })
      }
      if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
        return send(res, 401, { error: { description: 'Unauthorized - Session not found' } })
      }
      let query: string
      let params: Record<string, unknown>
      if (req.method === 'GET') {
        query = url.searchParams.get('query') ?? ''
        params = paramsFromSearch(url.searchParams)
      } else if (req.method === 'POST') {
        const body = JSON.parse(await readBody(req)) as {
          query?: string
          params?: Record<string, unknown>
        }
        query = body.query ?? ''
        params = body.params ?? {}
      } else {
        return send(res, 405, { error: { description: `Method ${req.method} not allowed` } })
      }
      let tree
      try {
        tree = parse(query, { params })
      } catch (error) {
        return send(res, 400, {
          error: { type: 'queryParseError', description: (error as Error).message, query },
        })
      }
      const result = await (await evaluate(tree, { dataset: published, params })).get()
      send(res, 200, { result, ms: Math.round(performance.now() - started), query })
    } catch (error) {
      send(res, 500, { error: { description: (error as Error).message } })
    }
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiHost: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
