import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

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
