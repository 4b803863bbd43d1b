/**
 * Environment the site's `astro build` process starts with: site/package.json's build script sets it in front of
 * `astro build`, and the benchmark passes it to ours.
 *
 * Rolldown, Vite's bundler, allocates through mimalloc, which reads its options from the environment once, when
 * the rolldown binding loads (before astro.config.ts is read, so it cannot be set from there). By default mimalloc
 * keeps freed pages for 10 ms and then only from threads that allocate again. Rolldown's threads stop when the
 * bundle is written, so what they freed stayed resident through the whole render: about 200 MB at 10,000
 * measures. With the delay at 0, freed pages go back to the system at once. Astro's peak falls by 55–75 MB and
 * the build's by about 65 MiB, at no measurable cost in time (docs/performance.md, item 34).
 */
export const BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0' } as const

/** `NAME=value …` as a POSIX shell sets it for one command (the build script's prefix). */
export const shellAssignments = (env: Readonly<Record<string, string>> = BUILD_ENV): string =>
  Object.entries(env)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')
