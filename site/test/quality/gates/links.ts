import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileForPath, type SitePage } from './builtSite.ts'
import { finding, type Finding } from './finding.ts'
import { parseHtml, snippet } from './pageInvariants.ts'

/** What the link check needs to know about a build. */
export interface LinkTargets {
  /** Origin the site is published under (canonical URLs), e.g. `https://retenk.no`. */
  origin: string
  /** Whether a site path (decoded, no query) is served by the build; directories need their trailing slash. */
  exists: (path: string) => 'file' | 'directory-without-slash' | 'missing'
  /** The ids a target page offers as `#anchors`, or null when it is not HTML. */
  anchors: (path: string) => Set<string> | null
}

// Attributes that point somewhere; `srcset` holds several comma-separated URLs.
const linkAttributes: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
]

/** Every internal link, asset reference and `#anchor` of the pages resolves inside the build. */
export function checkLinks(pages: SitePage[], targets: LinkTargets): Finding[] {
  const found: Finding[] = []
  for (const page of pages) {
    const root = parseHtml(page.html)
    const base = new URL(page.path, targets.origin)
    for (const [selector, attribute] of linkAttributes) {
      for (const element of root.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute) ?? ''
        const urls =
          attribute === 'srcset'
            ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
            : [value]
        for (const raw of urls) {
          const problem = checkOne(raw, base, targets)
          if (problem)
            found.push(
              finding('links', page.path, problem.rule, `${problem.message}: ${snippet(element)}`),
            )
        }
      }
    }
  }
  return found
}

function checkOne(
  raw: string,
  base: URL,
  targets: LinkTargets,
): { rule: string; message: string } | null {
  if (raw === '#' || raw === '')
    return { rule: 'empty-link', message: `href="${raw}" goes nowhere` }
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    return { rule: 'bad-url', message: `«${raw}» is not a URL` }
  }
  if (url.origin !== new URL(targets.origin).origin) return null
  let path: string
  let fragment: string
  try {
    path = decodeURIComponent(url.pathname)
    fragment = decodeURIComponent(url.hash.slice(1))
  } catch {
    return { rule: 'bad-url', message: `«${raw}» has broken percent-encoding` }
  }
  const state = targets.exists(path)
  if (state === 'missing')
    return { rule: 'broken-link', message: `${path} does not exist in the build` }
  if (state === 'directory-without-slash') {
    return { rule: 'trailing-slash', message: `${path} is a folder; link ${path}/ instead` }
  }
  if (!fragment) return null
  const ids = targets.anchors(path)
  return ids === null || ids.has(fragment)
    ? null
    : { rule: 'broken-anchor', message: `#${fragment} does not exist on ${path}` }
}

/** Collects the ids (and `<a name>`s) a page offers as anchors. */
export function anchorsOf(html: string): Set<string> {
  const root = parseHtml(html)
  const ids = root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? '')
  const names = root
    .querySelectorAll('a[name]')
    .map((element) => element.getAttribute('name') ?? '')
  return new Set([...ids, ...names])
}

/** Link targets backed by a build folder; anchors are read once per target page. */
export function distLinkTargets(dist: string, origin: string): LinkTargets {
  const cache = new Map<string, Set<string> | null>()
  return {
    origin,
    exists: (path) => {
      if (fileForPath(dist, path)) return 'file'
      const folder = join(dist, path)
      return folder.startsWith(dist) && existsSync(folder) && statSync(folder).isDirectory()
        ? 'directory-without-slash'
        : 'missing'
    },
    anchors: (path) => {
      if (!cache.has(path)) {
        const file = fileForPath(dist, path)
        cache.set(path, file?.endsWith('.html') ? anchorsOf(readFileSync(file, 'utf8')) : null)
      }
      return cache.get(path) ?? null
    },
  }
}
