import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { writeHeaderFiles } from '../../../scripts/serve/headerManifest.ts'

/**
 * Writes `_headers` (Netlify/Cloudflare Pages) and `_headers.json` (the static server behind `--serve` and the
 * tests) into the build, with a Content-Security-Policy that allows exactly the inline scripts the built
 * HTML contains, by hash. Register it last so it sees the final HTML.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'drivkraft-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const rules = await writeHeaderFiles(fileURLToPath(dir))
        const csp = rules[0]?.headers['Content-Security-Policy'] ?? ''
        const hashes = csp.match(/'sha256-/g)?.length ?? 0
        logger.info(`_headers written (${hashes} inline script/style hashes in the CSP)`)
      },
    },
  }
}
