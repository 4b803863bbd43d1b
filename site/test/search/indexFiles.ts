import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Every file under `folder`, by relative path, with its bytes: two indexes are the same if these are. */
export function filesOf(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(folder.length + 1)] = readFileSync(path).toString('base64')
  }
  return files
}

/**
 * The URLs of the pages in one Pagefind index folder (a part), sorted, read from its fragment files (gzip, after
 * Pagefind's `pagefind_dcd` mark, one page's JSON each while the pages have files of their own).
 */
export function urlsIn(folder: string): string[] {
  const fragments = join(folder, 'fragment')
  return readdirSync(fragments)
    .map((file) => {
      const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8')
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url
    })
    .sort()
}
