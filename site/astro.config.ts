import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { SITE_CONCURRENCY } from './buildConcurrency'
import { siteOutDir } from './outDir'
import { productionBuild } from './src/integrations/productionBuild'
import { sameFileSystemOutDir } from './src/integrations/sameFileSystemOutDir'
import { securityHeaders } from './src/integrations/securityHeaders'
import { sitemap } from './src/integrations/sitemap'
import { pagefind } from './src/integrations/pagefind'

/**
 * Static build of the Re:tenk site. Every page is prerendered; the URL families keep retenk.no's shape
 * (directories with a trailing slash) so that old links still resolve.
 */
export default defineConfig({
  site: process.env.SITE_URL || 'https://retenk.no',
  // Tests build fixture datasets into temporary directories; never into the shared site/dist.
  outDir: siteOutDir(),
  output: 'static',
  trailingSlash: 'always',
  // Four pages in flight: while one waits for its directory and file to be written, the next renders. Measured at
  // 10,000 measures (docs/performance.md): 12 % less render time than one at a time, in 5 of 6 interleaved pairs.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: SITE_CONCURRENCY },
  // Prefetch injects a script on every page; the site ships JavaScript only on /tiltak/ and /sok/.
  prefetch: false,
  devToolbar: { enabled: false },
  // Astro's log, written in batches when it goes to a file or a pipe instead of a line at a time: two lines a page
  // (docs/performance.md, item 37). On a terminal, Astro's own destination.
  logger: { entrypoint: './src/lib/log/batchedLog.ts' },
  // Astro runs the integrations' astro:build:done one after another, in this order. securityHeaders hashes the
  // final HTML's inline code, so it comes after every step that writes HTML. pagefind writes none; it comes last
  // because it waits for the search index, which may still be finishing after the render, and the steps before it
  // run in that time (docs/performance.md, item 33).
  integrations: [
    productionBuild(),
    sameFileSystemOutDir(),
    react(),
    sitemap(),
    securityHeaders(),
    pagefind(),
  ],
})
