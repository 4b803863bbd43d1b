import type { APIRoute } from 'astro'
import { SITEMAP_INDEX } from '../lib/seo/sitemap'
import { siteUrl } from '../lib/seo/siteUrl'

/** Everything may be crawled; the sitemap is announced with the site's own origin. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${new URL(SITEMAP_INDEX, siteUrl(site)).href}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
