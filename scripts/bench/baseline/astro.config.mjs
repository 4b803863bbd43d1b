import { defineConfig } from 'astro/config'

// Everything the benchmark varies comes from the environment, so one checked-in project serves every size.
export default defineConfig({
  site: 'https://example.org',
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
})
