import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import lighthouse, { desktopConfig } from 'lighthouse'
import { launchChromium } from '../serve/chromium.ts'
import { onePerTemplate, sitemapPaths } from '../serve/sitemap.ts'
import { startStaticServer } from '../serve/staticServer.ts'
import type { LighthouseArgs } from './lighthouseArgs.ts'
import {
  summariseLhr,
  type LighthouseReport,
  type LighthouseResultLike,
  type PageReport,
} from './summariseLhr.ts'

// Lighthouse drives Chromium over a DevTools port; ask the OS for a free one.
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

/** The pages to audit: the given ones, or one per template from the sitemap plus search and 404. */
export async function pagesToAudit(dist: string, paths: string[]): Promise<string[]> {
  if (paths.length > 0) return paths
  return [...new Set([...onePerTemplate(await sitemapPaths(dist)), '/sok/', '/404.html'])]
}

/** Serves the build, runs Lighthouse on each page in turn through Debian Chromium, and summarises. */
export async function runLighthouse(
  args: LighthouseArgs,
  log: (line: string) => void,
): Promise<LighthouseReport> {
  const dist = resolve(args.dist)
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`no built site at ${dist}: run npm run build first (or pass --dist)`)
  }
  const startedAt = new Date().toISOString()
  const paths = await pagesToAudit(dist, args.paths)
  const server = await startStaticServer({ root: dist })
  const port = await freePort()
  const browser = await launchChromium([`--remote-debugging-port=${port}`])
  const pages: PageReport[] = []
  try {
    for (const path of paths) {
      log(`lighthouse ${path}`)
      const result = await lighthouse(
        `${server.url}${path}`,
        {
          port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        args.formFactor === 'desktop' ? desktopConfig : undefined,
      )
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
      pages.push(summariseLhr(path, result.lhr as unknown as LighthouseResultLike))
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const version = (
    JSON.parse(readFileSync(resolve('node_modules/lighthouse/package.json'), 'utf8')) as {
      version: string
    }
  ).version
  return {
    startedAt,
    formFactor: args.formFactor,
    chromium: `Chromium ${browser.version()}`,
    lighthouse: version,
    pages,
    notes: [
      'The local server sends no Content-Encoding, so transfer sizes are uncompressed and Performance is a lower bound for a CDN.',
    ],
  }
}
