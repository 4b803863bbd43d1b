import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** Every file below `root` whose name ends with `extension`, as POSIX paths relative to `root`, sorted. */
export async function listFiles(root: string, extension: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}
