import { describe, expect, test } from 'vitest'
import { SITEMAP_INDEX, sitemapFiles } from '../../src/lib/seo/sitemap'

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])
const byName = (files: ReturnType<typeof sitemapFiles>) =>
  Object.fromEntries(files.map((file) => [file.name, file.xml]))

describe('sitemapFiles', () => {
  const site = new URL('https://retenk.no/')

  test('lists every page once, in code-unit order, with absolute URLs, error pages left out', () => {
    const files = byName(
      sitemapFiles(
        ['tiltak/', '', '404', '/om/', 'om/', '500/', 'prosjekt/b/', 'prosjekt/a/'],
        site,
      ),
    )
    expect(Object.keys(files)).toEqual(['sitemap-0.xml', SITEMAP_INDEX])
    expect(locs(files['sitemap-0.xml'] ?? '')).toEqual([
      'https://retenk.no/',
      'https://retenk.no/om/',
      'https://retenk.no/prosjekt/a/',
      'https://retenk.no/prosjekt/b/',
      'https://retenk.no/tiltak/',
    ])
    expect(locs(files[SITEMAP_INDEX] ?? '')).toEqual(['https://retenk.no/sitemap-0.xml'])
    expect(files['sitemap-0.xml']).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
  })

  test('splits into files of at most `chunk` pages, all named in the index', () => {
    const pathnames = Array.from({ length: 7 }, (_, i) => `side-${i}/`)
    const files = byName(sitemapFiles(pathnames, site, 3))
    expect(locs(files[SITEMAP_INDEX] ?? '')).toEqual([
      'https://retenk.no/sitemap-0.xml',
      'https://retenk.no/sitemap-1.xml',
      'https://retenk.no/sitemap-2.xml',
    ])
    expect([0, 1, 2].map((n) => locs(files[`sitemap-${n}.xml`] ?? '').length)).toEqual([3, 3, 1])
    expect(Object.values(files).flatMap(locs)).toHaveLength(7 + 3)
  })

  test('puts pages under the base path and escapes what XML must not hold raw', () => {
    // As the integration builds it: new URL(config.base, config.site).
    const base = new URL('/drivkraft/', 'https://example.org')
    const files = byName(sitemapFiles(['a&b/', "c'd/"], base))
    expect(files['sitemap-0.xml']).toContain('<loc>https://example.org/drivkraft/a&amp;b/</loc>')
    expect(files['sitemap-0.xml']).toContain('<loc>https://example.org/drivkraft/c&apos;d/</loc>')
    expect(locs(files[SITEMAP_INDEX] ?? '')).toEqual([
      'https://example.org/drivkraft/sitemap-0.xml',
    ])
  })

  test('a build with no pages still writes a valid, empty sitemap', () => {
    const files = byName(sitemapFiles(['404'], site))
    expect(files['sitemap-0.xml']).toContain('<urlset xmlns=')
    expect(locs(files['sitemap-0.xml'] ?? '')).toEqual([])
  })
})
