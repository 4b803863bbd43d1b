import { parse } from 'node-html-parser'

/** What a built page pulls in, as read from its HTML. */
export interface PageAssets {
  /** URLs of JavaScript files: `<script src>`, module preloads and Astro island component/renderer URLs. */
  scriptUrls: string[]
  /** Bodies of inline scripts that run (JSON and JSON-LD data blocks excluded). */
  inlineScripts: string[]
  /** URLs of `<link rel="stylesheet">` files. */
  stylesheetUrls: string[]
  /** Anchors that point at a page of this site. */
  internalLinks: number
}

// A script with one of these types (or none) runs; anything else (application/ld+json, application/json,
// importmap aside) is a data block that ships no code.
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript'])

/** Whether an href leads to a page of this site (same origin or relative), not out, to mail or to a fragment. */
export function isInternalHref(href: string, siteOrigin: string): boolean {
  const value = href.trim()
  if (value === '' || value.startsWith('#')) return false
  if (value.startsWith('//')) return value.startsWith(siteOrigin.replace(/^https?:/, ''))
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value.startsWith(siteOrigin)
  return true
}

/** Reads the scripts, stylesheets and internal links of one HTML page. */
export function readPageAssets(html: string, siteOrigin: string): PageAssets {
  const root = parse(html, { blockTextElements: { script: true, style: true } })
  const scriptUrls: string[] = []
  const inlineScripts: string[] = []
  for (const script of root.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase()
    if (!RUNNABLE_TYPES.has(type)) continue
    const src = script.getAttribute('src')
    if (src) scriptUrls.push(src)
    else if (script.rawText.trim() !== '') inlineScripts.push(script.rawText)
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"][href]')) {
    scriptUrls.push(link.getAttribute('href')!)
  }
  // Islands load their component and renderer without a <script src>, so they are read here too.
  for (const island of root.querySelectorAll('astro-island')) {
    for (const attribute of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attribute)
      if (url) scriptUrls.push(url)
    }
  }
  const stylesheetUrls = root
    .querySelectorAll('link[href]')
    .filter((link) => (link.getAttribute('rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((link) => link.getAttribute('href')!)
  const internalLinks = root
    .querySelectorAll('a[href]')
    .filter((a) => isInternalHref(a.getAttribute('href')!, siteOrigin)).length
  return { scriptUrls: [...new Set(scriptUrls)], inlineScripts, stylesheetUrls, internalLinks }
}
