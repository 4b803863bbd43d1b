/** Pages Astro renders at once in `astro build` (the site's config and the benchmark's default). */
export const SITE_CONCURRENCY = 4
