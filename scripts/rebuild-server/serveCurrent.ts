import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { loadHeaderRules } from '../serve/headerManifest.ts'
import { createStaticServer } from '../serve/staticServer.ts'
import { listen, shutdown } from './listen.ts'
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
 */
export async function serveCurrent(
  releasesDir: string,
  port: number,
  host: string,
): Promise<ServingCurrent> {
  let served: { id: string; handler: Server } | null = null
  const handlerFor = async (id: string): Promise<Server> => {
    if (served?.id !== id) {
      const root = join(releasesDir, id)
      served = { id, handler: createStaticServer(root, await loadHeaderRules(root)) }
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
        if (!response.headersSent)
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        response.end(`Serverfeil: ${error instanceof Error ? error.message : String(error)}`)
      })
  })
  return { url: await listen(server, port, host), close: () => shutdown(server) }
}
