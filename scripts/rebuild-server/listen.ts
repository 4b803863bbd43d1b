import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Starts listening and resolves the base URL, e.g. `http://127.0.0.1:4322` (port 0 picks a free one). */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const { address, port: bound } = server.address() as AddressInfo
  return `http://${address.includes(':') ? `[${address}]` : address}:${bound}`
}

/** Stops accepting, drops open connections (keep-alive included) and resolves once closed. */
export function shutdown(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
