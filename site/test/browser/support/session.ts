import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { RunningServer } from '../../../../scripts/serve/staticServer.ts'
import { launchBrowser } from './browser.ts'
import { serveDist } from './server.ts'
import { localUrl } from './sitemap.ts'

/** The browser and the local server a suite shares. */
export interface BrowserSession {
  browser: Browser
  server: RunningServer
  /** Absolute URL of a site path on the local server. */
  url: (path: string) => string
}

/**
 * Registers beforeAll/afterAll that launch one Chromium and serve the built site; call inside
 * `describeInBrowser` and read the session in tests through the returned getter.
 */
export function useBrowserSession(): () => BrowserSession {
  let session: BrowserSession | undefined
  beforeAll(async () => {
    const server = await serveDist()
    const browser = await launchBrowser().catch(async (error: unknown) => {
      await server.close()
      throw error
    })
    session = { browser, server, url: (path) => localUrl(server.url, path) }
  })
  afterAll(async () => {
    await session?.browser.close()
    await session?.server.close()
  })
  return () => {
    if (!session)
      throw new Error('Browser session not started: call useBrowserSession() inside a describe')
    return session
  }
}
