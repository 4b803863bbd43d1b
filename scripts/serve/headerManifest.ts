import { existsSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { listFiles } from './listFiles.ts'
import {
  formatHeadersFile,
  headerManifestFile,
  headerRules,
  scanInlineCode,
  type HeaderRule,
} from './securityHeaders.ts'

/**
 * Computes the header rules for a built site by hashing the inline code of its HTML files: the given ones (paths
 * relative to `root`, as a build reports them) or every `.html` file below `root`.
 */
export async function rulesForBuild(
  root: string,
  htmlFiles?: readonly string[],
): Promise<HeaderRule[]> {
  const files = htmlFiles ?? (await listFiles(root, '.html'))
  // One file at a time: a large build has tens of thousands of pages, and opening them all at once runs out of
  // file descriptors (EMFILE) and holds every page in memory. Read as bytes; the scan decodes what it hashes.
  function* documents(): Generator<Uint8Array> {
    for (const file of files) yield readFileSync(join(root, file))
  }
  return headerRules(scanInlineCode(documents()))
}

/**
 * Writes `_headers` (Netlify/Cloudflare Pages) and `_headers.json` (the static server) into a build, from its HTML
 * files (all of them below `root` when not given).
 */
export async function writeHeaderFiles(
  root: string,
  htmlFiles?: readonly string[],
): Promise<HeaderRule[]> {
  const rules = await rulesForBuild(root, htmlFiles)
  await writeFile(join(root, '_headers'), formatHeadersFile(rules))
  await writeFile(join(root, headerManifestFile), `${JSON.stringify({ rules }, null, 2)}\n`)
  return rules
}

/** Reads a build's header manifest, or computes the rules when the build was made without it. */
export async function loadHeaderRules(root: string): Promise<HeaderRule[]> {
  const file = join(root, headerManifestFile)
  if (!existsSync(file)) return rulesForBuild(root)
  const manifest: unknown = JSON.parse(await readFile(file, 'utf8'))
  if (!isManifest(manifest)) {
    throw new Error(`${file}: expected {"rules": [{"path": string, "headers": {…}}]}`)
  }
  return manifest.rules
}

function isManifest(value: unknown): value is { rules: HeaderRule[] } {
  const rules = (value as { rules?: unknown } | null)?.rules
  return (
    Array.isArray(rules) &&
    rules.every(
      (rule: { path?: unknown; headers?: unknown }) =>
        typeof rule?.path === 'string' && typeof rule.headers === 'object' && rule.headers !== null,
    )
  )
}
