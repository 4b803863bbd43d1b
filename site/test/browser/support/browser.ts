import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { describe, test } from 'vitest'
import {
  chromiumInstallHint,
  hasChromium,
  launchChromium,
} from '../../../../scripts/serve/chromium.ts'

export { chromiumArgs, chromiumPath, hasChromium } from '../../../../scripts/serve/chromium.ts'

/**
 * `describe` for browser suites. Without Chromium the suite is skipped with one line saying how to install
 * it — unless `CI` is set, where a missing browser must fail rather than pass silently.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (hasChromium()) {
    describe(name, body)
  } else if (process.env.CI) {
    describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`${chromiumInstallHint} (CI is set, so browser suites may not be skipped).`)
      })
    })
  } else {
    console.warn(`[skip] ${name}: ${chromiumInstallHint}`)
    describe.skip(name, body)
  }
}

/** Launches the one Chromium a suite shares; pages come from a fresh context each. */
export async function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/** A page in its own context (as @axe-core/playwright requires); close the context when done. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    ...options,
  })
  const page = await context.newPage()
  return { context, page }
}
