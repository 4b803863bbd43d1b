import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

/** Indexes the built HTML with Pagefind (Norwegian bokmål) so that /sok/ can search the static site. */
export function pagefind(): AstroIntegration {
  return {
    name: 'drivkraft-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const { index, errors } = await createIndex({ forceLanguage: 'nb' })
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        try {
          const added = await index.addDirectory({ path: outDir })
          if (added.errors.length > 0) {
            throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`)
          }
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` })
          if (written.errors.length > 0) {
            throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`)
          }
          logger.info(`Pagefind indexed ${added.page_count} pages`)
        } finally {
          await close()
        }
      },
    },
  }
}
