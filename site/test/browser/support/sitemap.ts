import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { distDir } from './dist.ts'

/** Pages the gates visit beyond the sitemap: the 404 page, search and the hydrated measure filter. */
export const extraGatePaths = ['/404.html', '/sok/', '/tiltak/']

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) => decodeXml(match[1] ?? ''))
}

function decodeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')
}

async function readDistFile(dir: string, urlPath: string): Promise<string> {
  const file = join(dir, decodeURIComponent(urlPath))
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: the build has no ${urlPath}. Is @astrojs/sitemap registered in astro.config.ts?`,
    )
  }
  return readFile(file, 'utf8')
}

/** Every page path listed by the build's sitemap index (and the sitemaps it names), sorted and unique. */
export async function sitemapPaths(dir: string = distDir()): Promise<string[]> {
  const index = await readDistFile(dir, '/sitemap-index.xml')
  const paths = new Set<string>()
  for (const sitemap of locs(index)) {
    for (const page of locs(await readDistFile(dir, new URL(sitemap).pathname))) {
      paths.add(new URL(page).pathname)
    }
  }
  if (paths.size === 0) throw new Error(`${join(dir, 'sitemap-index.xml')} lists no pages`)
  return [...paths].sort()
}

/** The sitemap's pages plus `extraGatePaths`: every path the quality gates check. */
export async function gatePaths(dir: string = distDir()): Promise<string[]> {
  return [...new Set([...(await sitemapPaths(dir)), ...extraGatePaths])]
}

/** Maps a site path onto a running local server. */
export function localUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl}/`).href
}

/** One path per URL family and depth (`/prosjekt/<slug>/` counts once): a sample of every page template. */
export function onePerTemplate(paths: string[]): string[] {
  const seen = new Map<string, string>()
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean)
    const key = `${segments[0] ?? ''}/${segments.length}`
    if (!seen.has(key)) seen.set(key, path)
  }
  return [...seen.values()]
}
