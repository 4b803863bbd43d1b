import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'
import { createContent, type Content } from '../../src/lib/content/createContent'
import { createSource } from '../../src/lib/content/source'
import { readContentEnv } from '../../src/lib/env'

/** The build the test runner makes before Vitest (`npm run build -w site`), or `$DRIVKRAFT_DIST`. */
export function builtSiteDir(): string {
  const dir = process.env.DRIVKRAFT_DIST ?? resolve(import.meta.dirname, '../../dist')
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No built site at ${dir}: run \`npm run build -w site\` first (npm test does it for you).`,
    )
  }
  return dir
}

const isSet = (value: string | undefined) => Boolean(value?.trim())

/**
 * The content the build under test was made from, read the way the build reads it: `DRIVKRAFT_DATASET`, a
 * Content Lake (`SANITY_PROJECT_ID` + `SANITY_DATASET`), else the bundled dataset. A build named by
 * `$DRIVKRAFT_DIST` must name its content too, or tests would compare it with the bundled dataset.
 */
export function builtSiteContent(env: Record<string, string | undefined> = process.env): Content {
  if (isSet(env.DRIVKRAFT_DIST) && !isSet(env.DRIVKRAFT_DATASET) && !isSet(env.SANITY_PROJECT_ID)) {
    throw new Error(
      'DRIVKRAFT_DATASET: not set, but DRIVKRAFT_DIST is. Set it to the dataset the build in ' +
        `${env.DRIVKRAFT_DIST} was made from (studio/seed/production.ndjson for the bundled one), or set ` +
        'SANITY_PROJECT_ID and SANITY_DATASET for a build from a Content Lake, so the build is compared with ' +
        'its own content.',
    )
  }
  return createContent(createSource(readContentEnv(env)))
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/** One built HTML page: its URL path, raw HTML and parsed document. */
export interface BuiltPage {
  path: string
  html: string
  document: HTMLElement
}

/** `prosjekt/x/index.html` → `/prosjekt/x/`; `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  return file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

/** Every HTML page of a build (Pagefind's own files excluded), parsed once. */
export function readPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8')
      return { path: urlPathOf(file), html, document: parse(html) }
    })
}

/** The file a site-relative URL path is served from (directory URLs serve their index.html). */
export function fileFor(dir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath)
  return join(dir, clean.endsWith('/') ? `${clean}index.html` : clean)
}
