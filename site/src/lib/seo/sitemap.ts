/** One sitemap file holds at most 50,000 URLs (sitemaps.org); 45,000 leaves room, as @astrojs/sitemap does. */
export const SITEMAP_CHUNK = 45_000

/** The sitemap index crawlers are pointed to (robots.txt, `<link rel="sitemap">`). */
export const SITEMAP_INDEX = 'sitemap-index.xml'

/** A file to write at the root of the build. */
export interface SitemapFile {
  name: string
  xml: string
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** Error pages (`404`, `404.html`, `500/`) are pages of the build but not of the site. */
function isErrorPage(pathname: string): boolean {
  return /^\/?(404|500)(\.html|\/)?$/.test(pathname)
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

const loc = (url: string) => `<loc>${escapeXml(url)}</loc>`

/**
 * The sitemap of a static build from the pathnames Astro wrote (`astro:build:done`): `sitemap-0.xml`, … with at
 * most `chunk` pages each, and `sitemap-index.xml` naming them. `base` is the site's URL with its base path.
 * Pages are in code-unit order, so a rebuild of the same content writes the same bytes. (@astrojs/sitemap sorts
 * with one `localeCompare` per comparison, 1.5 s of a 16,000-page build; see docs/performance.md.)
 */
export function sitemapFiles(
  pathnames: Iterable<string>,
  base: URL,
  chunk: number = SITEMAP_CHUNK,
): SitemapFile[] {
  const root = base.href.endsWith('/') ? base.href : `${base.href}/`
  const pages = [...pathnames].filter((pathname) => !isErrorPage(pathname))
  const urls = [
    ...new Set(pages.map((pathname) => new URL(pathname.replace(/^\//, ''), root).href)),
  ].sort()
  const sitemaps: SitemapFile[] = []
  for (let start = 0; start < urls.length || sitemaps.length === 0; start += chunk) {
    const entries = urls.slice(start, start + chunk).map((url) => `<url>${loc(url)}</url>`)
    sitemaps.push({
      name: `sitemap-${sitemaps.length}.xml`,
      xml: `${XML_HEAD}<urlset xmlns="${NAMESPACE}">${entries.join('')}</urlset>\n`,
    })
  }
  const index = sitemaps.map(({ name }) => `<sitemap>${loc(new URL(name, root).href)}</sitemap>`)
  return [
    ...sitemaps,
    {
      name: SITEMAP_INDEX,
      xml: `${XML_HEAD}<sitemapindex xmlns="${NAMESPACE}">${index.join('')}</sitemapindex>\n`,
    },
  ]
}
