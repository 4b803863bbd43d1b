import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

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

/** The one line that says how to get the browser. */
export const chromiumInstallHint = `Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\``

/** True when the Chromium binary exists. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath)
}

/** Launches Debian's Chromium through playwright-core with the container flags (plus any extra ones). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!hasChromium()) throw new Error(chromiumInstallHint)
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...extraArgs],
    headless: true,
  })
}
