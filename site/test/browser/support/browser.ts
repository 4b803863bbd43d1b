import { existsSync } from 'node:fs'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { describe, test } from 'vitest'

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere on machines that keep it somewhere else. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for Chromium in containers and CI: headless, no sandbox, no background traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

const installHint = `Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\``

/** True when the Chromium binary exists. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath)
}

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
        throw new Error(`${installHint} (CI is set, so browser suites may not be skipped).`)
      })
    })
  } else {
    console.warn(`[skip] ${name}: ${installHint}`)
    describe.skip(name, body)
  }
}

/** Launches the one Chromium a suite shares; pages come from a fresh context each. */
export async function launchBrowser(): Promise<Browser> {
  if (!hasChromium()) throw new Error(installHint)
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
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
