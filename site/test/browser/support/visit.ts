import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { BrowserSession } from './session.ts'

/** Opens a path in a fresh page of the shared context, runs `use`, and closes the page. */
export type Visit = <T>(path: string, use: (page: Page) => Promise<T>) => Promise<T>

/**
 * One browser context for a batch of pages (cheaper than a context per page on two cores), created after the
 * session starts; `prepare` can add init scripts to it. Each visit gets its own page.
 */
export function useVisitor(
  session: () => BrowserSession,
  options: BrowserContextOptions = {},
  prepare: (context: BrowserContext) => Promise<void> = async () => {},
): Visit {
  let context: BrowserContext | undefined
  beforeAll(async () => {
    context = await session().browser.newContext({
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      ...options,
    })
    await prepare(context)
  })
  afterAll(async () => {
    await context?.close()
  })
  return async (path, use) => {
    if (!context) throw new Error('Browser context not ready: call useVisitor() inside a describe')
    const page = await context.newPage()
    try {
      const response = await page.goto(session().url(path))
      if (!response?.ok() && path !== '/404.html') {
        throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`)
      }
      return await use(page)
    } finally {
      await page.close()
    }
  }
}
