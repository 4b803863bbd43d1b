import type { AstroIntegration } from 'astro'

/**
 * `astro build` must run with NODE_ENV unset or `production`. Vite and React take NODE_ENV as they find it, so a
 * build where it is `test` or `development` (a test runner, a CI image, a shell profile) would ship React's
 * development bundle on /tiltak/ (135 KB gzipped against the 80 KB budget), or fail halfway with React's server
 * and client halves loaded in different modes. Setting it here is too late: React is loaded before this hook runs.
 * So the build stops at once and says what to change.
 */
export function productionBuild(): AstroIntegration {
  return {
    name: 'drivkraft-production-build',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const found = process.env.NODE_ENV
        if (command !== 'build' || found === undefined || found === 'production') return
        throw new Error(
          `NODE_ENV is «${found}», but astro build makes the production site: run it with NODE_ENV unset or ` +
            `NODE_ENV=production (with «${found}», React's development bundle would ship on /tiltak/)`,
        )
      },
    },
  }
}
