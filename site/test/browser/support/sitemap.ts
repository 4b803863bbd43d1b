import { sitemapPaths } from '../../../../scripts/serve/sitemap.ts'
import { distDir } from './dist.ts'

export { onePerTemplate, sitemapPaths } from '../../../../scripts/serve/sitemap.ts'

/** Pages the gates visit beyond the sitemap: the 404 page, search and the hydrated measure filter. */
export const extraGatePaths = ['/404.html', '/sok/', '/tiltak/']

/** The sitemap's pages plus `extraGatePaths`: every path the quality gates check. */
export async function gatePaths(dir: string = distDir()): Promise<string[]> {
  return [...new Set([...(await sitemapPaths(dir)), ...extraGatePaths])]
}

/** Maps a site path onto a running local server. */
export function localUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl}/`).href
}
