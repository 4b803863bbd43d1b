import { startStaticServer, type RunningServer } from '../../../../scripts/serve/staticServer.ts'
import { distDir } from './dist.ts'

/** Serves the built site (with its security headers) on a free loopback port. */
export async function serveDist(dir: string = distDir()): Promise<RunningServer> {
  return startStaticServer({ root: dir })
}
