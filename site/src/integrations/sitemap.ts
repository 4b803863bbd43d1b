import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { SITEMAP_INDEX, sitemapFiles } from '../lib/seo/sitemap'

/**
 * Writes the sitemap (`sitemap-index.xml` and the `sitemap-N.xml` it names) of every page the build wrote, error
 * pages left out, with absolute URLs on the configured `site` and `base`.
 */
export function sitemap(): AstroIntegration {
  let base: URL | undefined
  return {
    name: 'drivkraft-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.site ? new URL(config.base, config.site) : undefined
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!base) {
          throw new Error('The sitemap needs absolute URLs: set `site` in site/astro.config.ts')
        }
        const files = sitemapFiles(
          pages.map((page) => page.pathname),
          base,
        )
        await Promise.all(files.map(({ name, xml }) => writeFile(new URL(name, dir), xml)))
        logger.info(`${SITEMAP_INDEX} written (${files.length - 1} sitemap file(s))`)
      },
    },
  }
}
