/** The site's origin as Astro passes it (`site` in astro.config.ts, always set); retenk.no if a test omits it. */
export function siteUrl(site: URL | undefined): URL {
  return site ?? new URL('https://retenk.no')
}
