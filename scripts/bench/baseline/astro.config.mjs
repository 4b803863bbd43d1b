import { defineConfig } from 'astro/config'

// Everything the benchmark varies comes from the environment, so one checked-in project serves every size.
// Caches go to a fresh directory per run, so every build is cold like ours.
const cache = process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro'

export default defineConfig({
  site: 'https://example.org',
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: cache,
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: { cacheDir: `${cache}/vite` },
})
