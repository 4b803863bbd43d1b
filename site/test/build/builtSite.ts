import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'

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
