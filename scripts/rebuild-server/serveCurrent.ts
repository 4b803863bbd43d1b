import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { loadHeaderRules } from '../serve/headerManifest.ts'
import {
  createStaticServer,
  endWithServerError,
  type ServerErrorLog,
} from '../serve/staticServer.ts'
import { listen, shutdown } from './listen.ts'
import { jsonLogger, type Logger } from './log.ts'
import { readCurrent } from './releases.ts'

/** A running server for the live release. */
export interface ServingCurrent {
  url: string
  close: () => Promise<void>
}

/**
 * Serves whatever `current` points at, with the security headers of that release. Each release is immutable and
 * has its own inline-code hashes, so the quality gates' static server is set up once per release id and the
 * request is handed to the one for the release live at that moment.
 *
 * A request that fails gets a 500 with a short Norwegian body; the error and the requested path go to `log` as a
 * `site.error` event (by default a JSON line on stderr, beside the rebuild server's own log).
 */
export async function serveCurrent(
  releasesDir: string,
  port: number,
  host: string,
  log: Logger = jsonLogger((line) => process.stderr.write(line)),
): Promise<ServingCurrent> {
  const logError: ServerErrorLog = (error, request) => {
    log('site.error', {
      method: request.method,
      path: request.url,
      error: error instanceof Error ? error.message : String(error),
    })
  }
  let served: { id: string; handler: Server } | null = null
  const handlerFor = async (id: string): Promise<Server> => {
    if (served?.id !== id) {
      const root = join(releasesDir, id)
      served = { id, handler: createStaticServer(root, await loadHeaderRules(root), logError) }
    }
    return served.handler
  }
  const server = createServer((request, response) => {
    readCurrent(releasesDir)
      .then(async (id) => {
        if (id === null) {
          response.writeHead(503, {
            'content-type': 'text/plain; charset=utf-8',
            'retry-after': '60',
          })
          response.end('Nettstedet er ikke bygget ennå.')
          return
        }
        // createStaticServer only exposes a Server; its request listener is the handler we want.
        ;(await handlerFor(id)).emit('request', request, response)
      })
      .catch((error: unknown) => {
        logError(error, request)
        endWithServerError(response)
      })
  })
  return { url: await listen(server, port, host), close: () => shutdown(server) }
}
