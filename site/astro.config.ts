import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { securityHeaders } from './integrations/securityHeaders'
import { pagefind } from './src/integrations/pagefind'

/**
 * Static build of the Re:tenk site. Every page is prerendered; the URL families keep retenk.no's shape
 * (directories with a trailing slash) so that old links still resolve.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://retenk.no',
  // Tests build fixture datasets into temporary directories; never into the shared site/dist.
  outDir: process.env.DRIVKRAFT_OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Prefetch injects a script on every page; the site ships JavaScript only on /tiltak/ and /sok/.
  prefetch: false,
  devToolbar: { enabled: false },
  // securityHeaders hashes the final HTML's inline code, so it runs last.
  integrations: [react(), sitemap(), pagefind(), securityHeaders()],
})
