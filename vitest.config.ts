import { defineConfig } from 'vitest/config'

/**
 * One Vitest run covers every workspace. Node-side suites (schemas, Studio, scripts) share one project; the site
 * suites run through Astro's Vite config (Container API); browser suites run one file at a time against the built site.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'schemas/test/**/*.test.{ts,tsx}',
            'studio/test/**/*.test.{ts,tsx}',
            'scripts/**/test/**/*.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      'site/vitest.config.ts',
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['site/test/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
