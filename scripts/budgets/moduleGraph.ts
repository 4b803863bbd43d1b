import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative, resolve } from 'node:path'

// Static imports/exports, bare `import "x"` and dynamic `import("x")`, as Vite's minified output writes them.
const IMPORT_PATTERN = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?\(?\s*["']([^"']+)["']/g
// Vite lists preloaded chunks as plain strings (`__vite__mapDeps`); any string naming a .js file is followed.
const JS_STRING_PATTERN = /["']([^"'\s]+\.m?js)["']/g

/**
 * Maps a URL as a page or module writes it to a file in `distDir`, or undefined when it leaves the site.
 * `fromDir` is the directory of the page or module for relative URLs.
 */
export function urlToDistFile(
  url: string,
  fromDir: string,
  distDir: string,
  siteOrigin: string,
): string | undefined {
  let path = url.split(/[?#]/)[0]!
  if (path.startsWith(siteOrigin)) path = path.slice(siteOrigin.length) || '/'
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) return undefined
  const file = path.startsWith('/') ? join(distDir, path) : resolve(fromDir, path)
  return relative(distDir, file).startsWith('..') ? undefined : normalize(file)
}

/** The specifiers a module's source imports or names as chunks to preload. */
export function moduleSpecifiers(source: string): string[] {
  const found = new Set<string>()
  for (const match of source.matchAll(IMPORT_PATTERN)) found.add(match[1]!)
  for (const match of source.matchAll(JS_STRING_PATTERN)) found.add(match[1]!)
  return [...found].filter(
    (spec) => spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('_astro/'),
  )
}

/**
 * Every JavaScript file reachable from `entries` (files in `distDir`), following imports transitively.
 * Specifiers are tried relative to the importing file and, for Vite's base-relative preload lists, to the root.
 */
export function moduleClosure(entries: string[], distDir: string): Set<string> {
  const seen = new Set<string>()
  const queue = entries.filter((file) => existsSync(file))
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const spec of moduleSpecifiers(readFileSync(file, 'utf8'))) {
      const candidates = spec.startsWith('/')
        ? [join(distDir, spec)]
        : [resolve(dirname(file), spec), join(distDir, spec)]
      const target = candidates.find(
        (candidate) => /\.m?js$/.test(candidate) && existsSync(candidate),
      )
      if (target && !seen.has(target)) queue.push(normalize(target))
    }
  }
  return seen
}
