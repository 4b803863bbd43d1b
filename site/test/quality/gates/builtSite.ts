import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { listFiles } from '../../../../scripts/serve/listFiles.ts'

/** One built HTML page. */
export interface SitePage {
  /** Site path, e.g. `/tiltak/` or `/404.html`. */
  path: string
  html: string
}

/** The file in a build that a decoded site path is served from, or null when the build has none. */
export function fileForPath(dist: string, path: string): string | null {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path)
  if (!file.startsWith(dist)) return null
  return existsSync(file) && statSync(file).isFile() ? file : null
}

/** Reads the HTML of each path from a build, failing with the path when one is missing. */
export async function readPages(dist: string, paths: string[]): Promise<SitePage[]> {
  return Promise.all(
    paths.map(async (path) => {
      const file = fileForPath(dist, decodeURIComponent(path))
      if (!file) throw new Error(`${path} is listed for the gates but ${dist} has no file for it`)
      return { path, html: await readFile(file, 'utf8') }
    }),
  )
}

/** Every HTML file of a build as a page, `dir/index.html` at `/dir/`. */
export async function readAllPages(dist: string): Promise<SitePage[]> {
  const files = await listFiles(dist, '.html')
  return Promise.all(
    files.map(async (file) => ({
      path: `/${file}`.replace(/(^|\/)index\.html$/, '$1'),
      html: await readFile(join(dist, file), 'utf8'),
    })),
  )
}
