import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { BUDGETS, type Violation } from './budgets.ts'
import { moduleClosure, moduleSpecifiers, urlToDistFile } from './moduleGraph.ts'
import { readPageAssets, type PageAssets } from './pageAssets.ts'

/** Options for {@link checkBudgets}. */
export interface CheckOptions {
  /** The site's public origin; absolute links to it count as internal. */
  siteOrigin?: string
}

const gzipBytes = (content: string | Buffer): number => gzipSync(content).length

/** Every `.html` file below `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** `dist/tiltak/index.html` → `/tiltak/`; `dist/404.html` → `/404.html`. */
export function pagePath(distDir: string, file: string): string {
  const path = '/' + relative(distDir, file).split(sep).join('/')
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
}

/** Total gzipped bytes of a page's runnable JavaScript: inline scripts plus every module they reach. */
function pageJsGzipBytes(
  assets: PageAssets,
  pageDir: string,
  distDir: string,
  siteOrigin: string,
): number | 'external' {
  const entries: string[] = []
  for (const url of assets.scriptUrls) {
    const file = urlToDistFile(url, pageDir, distDir, siteOrigin)
    if (!file) return 'external'
    entries.push(file)
  }
  for (const inline of assets.inlineScripts) {
    for (const spec of moduleSpecifiers(inline)) {
      const file = urlToDistFile(spec, pageDir, distDir, siteOrigin)
      if (file) entries.push(file)
    }
  }
  const files = moduleClosure(entries, distDir)
  let total = assets.inlineScripts.reduce((sum, inline) => sum + gzipBytes(inline), 0)
  for (const file of files) total += gzipBytes(readFileSync(file))
  return total
}

/** Checks one page against every budget. `cssGzip` caches stylesheet sizes across pages. */
function checkPage(
  file: string,
  distDir: string,
  siteOrigin: string,
  cssGzip: Map<string, number>,
): Violation[] {
  const page = pagePath(distDir, file)
  const html = readFileSync(file, 'utf8')
  const assets = readPageAssets(html, siteOrigin)
  const violations: Violation[] = []
  const jsCount = assets.scriptUrls.length + assets.inlineScripts.length
  const allowedJs = (BUDGETS.pagesWithJs as readonly string[]).includes(page)
  if (!allowedJs && jsCount > 0) {
    violations.push({
      page,
      budget: 'js-free',
      actual: jsCount,
      limit: 0,
      message: `${page} ships ${jsCount} script(s) (${[...assets.scriptUrls, ...assets.inlineScripts.map(() => 'inline')].join(', ')}); only ${BUDGETS.pagesWithJs.join(' and ')} may ship JavaScript`,
    })
  }
  if (page === '/tiltak/') {
    const js = pageJsGzipBytes(assets, dirname(file), distDir, siteOrigin)
    const limit = BUDGETS.tiltakJsGzipBytes
    if (js === 'external' || js > limit) {
      violations.push({
        page,
        budget: 'tiltak-js',
        actual: js === 'external' ? Number.NaN : js,
        limit,
        message:
          js === 'external'
            ? `${page} loads a script from another origin, which the budget cannot measure`
            : `${page} loads ${js} bytes of JavaScript gzipped; the budget is ${limit}`,
      })
    }
  }
  let htmlCss = gzipBytes(html)
  for (const url of assets.stylesheetUrls) {
    const css = urlToDistFile(url, dirname(file), distDir, siteOrigin)
    if (!css) continue
    if (!cssGzip.has(css)) cssGzip.set(css, gzipBytes(readFileSync(css)))
    htmlCss += cssGzip.get(css)!
  }
  if (htmlCss > BUDGETS.htmlCssGzipBytes) {
    violations.push({
      page,
      budget: 'html-css',
      actual: htmlCss,
      limit: BUDGETS.htmlCssGzipBytes,
      message: `${page} weighs ${htmlCss} bytes of HTML + CSS gzipped; the budget is ${BUDGETS.htmlCssGzipBytes}`,
    })
  }
  if (assets.internalLinks > BUDGETS.maxInternalLinks) {
    violations.push({
      page,
      budget: 'internal-links',
      actual: assets.internalLinks,
      limit: BUDGETS.maxInternalLinks,
      message: `${page} has ${assets.internalLinks} internal links; the budget is ${BUDGETS.maxInternalLinks}`,
    })
  }
  return violations
}

/**
 * Checks every page of a built site in `distDir` against {@link BUDGETS} and returns what breaks them, sorted
 * by page; an empty list means the build is within budget.
 */
export function checkBudgets(distDir: string, options: CheckOptions = {}): Violation[] {
  const siteOrigin = (options.siteOrigin ?? 'https://retenk.no').replace(/\/$/, '')
  const cssGzip = new Map<string, number>()
  const files = htmlFiles(distDir)
  if (files.length === 0) throw new Error(`${distDir} holds no HTML pages: build the site first`)
  return files
    .flatMap((file) => checkPage(file, distDir, siteOrigin, cssGzip))
    .sort((a, b) => a.page.localeCompare(b.page) || a.budget.localeCompare(b.budget))
}
