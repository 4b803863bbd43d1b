import { existsSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { writeHeaderFiles } from '../../../scripts/serve/headerManifest.ts'
import { listFiles } from '../../../scripts/serve/listFiles.ts'

/**
 * The HTML files of a build, relative to its folder: every file Astro wrote for a route (`assets`) and any copied
 * from `public/`. Taken from the build's own record: listing a 16,000-page folder with its search index took
 * 0.6 s (docs/performance.md).
 */
export async function builtHtmlFiles(
  root: string,
  assets: ReadonlyMap<string, readonly URL[]>,
  publicDir: string,
): Promise<string[]> {
  const written = [...assets.values()]
    .flat()
    .map((url) => relative(root, fileURLToPath(url)).split(sep).join('/'))
  const copied = existsSync(publicDir) ? await listFiles(publicDir, '.html') : []
  return [...new Set([...written, ...copied])].filter((file) => file.endsWith('.html')).sort()
}

/**
 * Writes `_headers` (Netlify/Cloudflare Pages) and `_headers.json` (the static server behind `--serve` and the
 * tests) into the build, with a Content-Security-Policy that allows exactly the inline scripts the built
 * HTML contains, by hash. Register it after every integration that writes HTML, so it sees the final HTML.
 */
export function securityHeaders(): AstroIntegration {
  let publicDir: URL | undefined
  return {
    name: 'drivkraft-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = config.publicDir
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir)
        if (!publicDir) throw new Error('securityHeaders: astro:config:done never ran')
        const files = await builtHtmlFiles(root, assets, fileURLToPath(publicDir))
        const rules = await writeHeaderFiles(root, files)
        const csp = rules[0]?.headers['Content-Security-Policy'] ?? ''
        const hashes = csp.match(/'sha256-/g)?.length ?? 0
        logger.info(
          `_headers written from ${files.length} HTML files (${hashes} inline script/style hashes in the CSP)`,
        )
      },
    },
  }
}
