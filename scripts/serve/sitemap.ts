import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

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

async function readBuildFile(dir: string, urlPath: string): Promise<string> {
  const file = join(dir, decodeURIComponent(urlPath))
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: the build has no ${urlPath}. Is the sitemap integration registered in site/astro.config.ts?`,
    )
  }
  return readFile(file, 'utf8')
}

/** Every page path listed by a build's sitemap index (and the sitemaps it names), sorted and unique. */
export async function sitemapPaths(dir: string): Promise<string[]> {
  const index = await readBuildFile(dir, '/sitemap-index.xml')
  const paths = new Set<string>()
  for (const sitemap of locs(index)) {
    for (const page of locs(await readBuildFile(dir, new URL(sitemap).pathname))) {
      paths.add(new URL(page).pathname)
    }
  }
  if (paths.size === 0) throw new Error(`${join(dir, 'sitemap-index.xml')} lists no pages`)
  return [...paths].sort()
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
