import { describe, expect, test } from 'vitest'
import SiteHeader from '../../src/components/layout/SiteHeader.astro'
import BaseLayout from '../../src/layouts/BaseLayout.astro'
import { programme } from './fixtures'
import { render } from './renderComponent'

describe('BaseLayout', () => {
  test('frames a page: lang, title, description, canonical, skip link, main, footer', async () => {
    const html = await render(
      BaseLayout,
      { programme, title: 'Tiltak', description: 'Alle tiltak.' },
      '<h1>Tiltak</h1>',
    )
    expect(html).toMatch(/<html lang="nb">/)
    expect(html).toContain('<title>Tiltak – Re:tenk</title>')
    expect(html).toContain('<meta name="description" content="Alle tiltak.">')
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/retenk\.no\/[^"]*">/)
    expect(html).toContain('<meta property="og:title" content="Tiltak">')
    expect(html).toMatch(/<a class="ds-skip-link" href="#main">/)
    expect(html).toMatch(/<main id="main"[^>]*>/)
    expect(html).toContain('<h1>Tiltak</h1>')
    expect(html).toContain('href="/om/tilgjengelighetserklaering/"')
    expect(html).toContain('href="tel:+4777023000"')
    expect(html).toContain('Hålogalandsrådet')
    expect(html).toContain('type="application/rss+xml"')
    expect(html).toContain('type="text/calendar"')
  })

  test('the home page title is the site title alone; a 404 has no canonical URL', async () => {
    const html = await render(
      BaseLayout,
      { programme, title: 'Re:tenk', description: 'x', canonical: false },
      '<h1>x</h1>',
    )
    expect(html).toContain('<title>Re:tenk</title>')
    expect(html).not.toContain('rel="canonical"')
  })

  test('main navigation comes from the programme', async () => {
    const html = await render(BaseLayout, { programme, title: 'x', description: 'x' }, '<h1>x</h1>')
    expect(html).toMatch(/<nav aria-label="Hovedmeny"/)
    expect(html).toContain('<a href="/tiltak/"')
    expect(html).toContain('Om programmet')
  })
})

describe('the main menu marks the section a page is in', () => {
  const menu = [
    { _key: 's', title: 'Strategiområder', href: '/strategiomrader' },
    { _key: 't', title: 'Tiltak', href: '/tiltak/' },
  ]
  /** The menu links marked current, with how. */
  const current = (html: string) =>
    [...html.matchAll(/<a href="([^"]+)" aria-current="(page|true)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    )

  test('a page placed in a section marks it, whether or not the editor wrote its closing slash', async () => {
    const html = await render(SiteHeader, {
      siteTitle: 'Re:tenk',
      navigation: menu,
      section: '/strategiomrader/',
    })
    expect(current(html)).toEqual(['/strategiomrader true'])
  })

  test('a page in no section marks nothing', async () => {
    expect(current(await render(SiteHeader, { siteTitle: 'Re:tenk', navigation: menu }))).toEqual(
      [],
    )
  })
})
