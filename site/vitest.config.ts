/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

/** Site suites run through Astro's own Vite config so that `.astro` components render in the Container API. */
export default getViteConfig(
  {
    test: {
      name: 'site',
      root: import.meta.dirname,
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/browser/**', 'node_modules/**'],
      testTimeout: 60_000,
      hookTimeout: 300_000,
    },
  },
  { root: import.meta.dirname },
)
