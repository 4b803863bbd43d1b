import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getNews, getProgramme } from '../../lib/content'
import { siteUrl } from '../../lib/seo/siteUrl'
import { newsHref } from '../../lib/urls'

/** The news as an RSS feed, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const [programme, news] = await Promise.all([getProgramme(), getNews()])
  return rss({
    title: `Aktuelt – ${programme.siteTitle}`,
    description: `Nyheter fra ${programme.name}`,
    site: siteUrl(site),
    trailingSlash: true,
    customData: '<language>nb</language>',
    items: news.map((item) => ({
      title: item.title,
      link: newsHref(item.slug),
      pubDate: new Date(item.publishedAt),
      description: item.lead,
    })),
  })
}
