import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { EventItem } from '../../src/lib/content'
import { formatEventDate } from '../../src/lib/format'
import { OWN_ROUTES } from '../../src/lib/om/ownRoutes'
import {
  eventHref,
  focusAreaEventsHref,
  focusAreaHref,
  municipalityEventsHref,
  municipalityHref,
  newsHref,
  pageHref,
  planHref,
  prosjektHref,
} from '../../src/lib/urls'
import { facetHref } from '../../src/lib/measureFilter/facetPages'
import { sitemapPaths } from '../../../scripts/serve/sitemap.ts'
import { builtSiteContent, builtSiteDir, fileFor, readPages, type BuiltPage } from './builtSite'
import { pageChain } from './paging'

// The build under test (the bundled dataset's, or $DRIVKRAFT_DIST made from $DRIVKRAFT_DATASET), and the content it
// was made from.
const dir = builtSiteDir()
const pages = readPages(dir)
const content = builtSiteContent()

const expected: Array<[string, () => Promise<string[]>]> = [
  ['measure', async () => (await content.getMeasures()).map((m) => prosjektHref(m.slug))],
  ['goal', async () => (await content.getGoals()).map((g) => prosjektHref(g.slug))],
  ['focus area', async () => (await content.getFocusAreas()).map((f) => focusAreaHref(f.slug))],
  [
    'municipality',
    async () => (await content.getMunicipalities()).map((m) => municipalityHref(m.slug)),
  ],
  ['event', async () => (await content.getEvents()).map((e) => eventHref(e.slug))],
  ['news item', async () => (await content.getNews()).map((n) => newsHref(n.slug))],
  ['plan', async () => (await content.getPlans()).map((p) => planHref(p.slug))],
  [
    'page',
    async () =>
      (await content.getPages()).map((p) =>
        OWN_ROUTES.includes(p.slug) ? `/om/${p.slug}/` : pageHref(p.slug),
      ),
  ],
]

describe('every document has its page in site/dist', () => {
  test.each(expected)('every %s', async (_kind, hrefs) => {
    const missing = (await hrefs()).filter((href) => !existsSync(fileFor(dir, href)))
    expect(missing).toEqual([])
  })

  test.each([
    '/',
    '/strategiomrader/',
    '/tiltak/',
    '/kommuner/',
    '/arrangementer/',
    '/arrangementer/kommende/',
    '/arrangementer/kalender.ics',
    '/aktuelt/',
    '/aktuelt/rss.xml',
    '/om/',
    '/om/organisering/',
    '/om/naeringsteam/',
    '/om/planer/',
    '/tiltak/strategiomrade/',
    '/om/tilgjengelighetserklaering/',
    '/sok/',
    '/404.html',
    '/robots.txt',
    '/sitemap-index.xml',
    '/favicon.svg',
    '/pagefind/pagefind.js',
  ])('%s exists', (path) => {
    expect(existsSync(fileFor(dir, path)), path).toBe(true)
  })
})

describe('the lists that page through a collection', () => {
  const byPath = new Map(pages.map((page) => [page.path, page]))
  const linksIn = (chain: BuiltPage[]) =>
    new Set(
      chain.flatMap((page) =>
        page.document.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')),
      ),
    )

  test('every focus area is linked from the /strategiomrader/ pages', async () => {
    const linked = linksIn(pageChain(byPath, '/strategiomrader/'))
    const missing = (await content.getFocusAreas())
      .map((area) => focusAreaHref(area.slug))
      .filter((href) => !linked.has(href))
    expect(missing).toEqual([])
  })

  /** Municipalities and focus areas, their paged event lists, and which events belong on them. */
  const eventLists: Array<
    [
      string,
      () => Promise<Array<{ _id: string; slug: string }>>,
      (slug: string) => string,
      (event: EventItem, ownerId: string) => boolean,
    ]
  > = [
    [
      'focus area',
      () => content.getFocusAreas(),
      focusAreaEventsHref,
      (event, id) => event.focusAreas.some((ref) => ref._id === id),
    ],
    // Held there: the event's place is in the municipality, as on its page and in its calendar feed.
    [
      'municipality',
      () => content.getMunicipalities(),
      municipalityEventsHref,
      (event, id) => event.location?.municipality?._id === id,
    ],
  ]

  test.each(eventLists)(
    'the events of every %s that has any, and no others, are listed once on its paged list of events',
    async (_kind, ownersOf, listHref, belongs) => {
      const [owners, events] = await Promise.all([ownersOf(), content.getEvents()])
      const problems = owners.flatMap((owner) => {
        const first = listHref(owner.slug)
        const own = events.filter((event) => belongs(event, owner._id))
        if (own.length === 0) return byPath.has(first) ? [`${first}: a list of no events`] : []
        if (!byPath.has(first)) return [`${first}: no page`]
        const listed = pageChain(byPath, first).flatMap((page) =>
          page.document
            .querySelectorAll('main .event-list a[href]')
            .map((a) => a.getAttribute('href')),
        )
        const hrefs = own.map((event) => eventHref(event.slug))
        return [
          ...hrefs.filter((href) => !listed.includes(href)).map((href) => `no link to ${href}`),
          ...listed.filter((href) => !hrefs.includes(href!)).map((href) => `a link to ${href}`),
          ...(listed.length > hrefs.length
            ? [`${listed.length} links, ${hrefs.length} events`]
            : []),
        ].map((problem) => `${first}: ${problem}`)
      })
      expect(problems).toEqual([])
      expect(events.some((event) => owners.some((owner) => belongs(event, owner._id)))).toBe(true)
    },
  )

  test('every plan is linked from the /om/planer/ pages, and its page links to its focus areas', async () => {
    const plans = await content.getPlans()
    const linked = linksIn(pageChain(byPath, '/om/planer/'))
    expect(plans.map((plan) => planHref(plan.slug)).filter((href) => !linked.has(href))).toEqual([])
    const unlinked = plans.flatMap((plan) => {
      const onPage = linksIn([byPath.get(planHref(plan.slug))!])
      return plan.focusAreas
        .map((area) => focusAreaHref(area.slug))
        .filter((href) => !onPage.has(href))
        .map((href) => `${planHref(plan.slug)} → ${href}`)
    })
    expect(unlinked).toEqual([])
    expect(plans.flatMap((plan) => plan.focusAreas)).toHaveLength(
      (await content.getFocusAreas()).length,
    )
  })
})

/** Text as a screen reader reads it: case and runs of whitespace make no difference. */
const readAloud = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb')

describe('focus areas are named by their labels', () => {
  const titleOf = (path: string) =>
    pages.find((page) => page.path === path)?.document.querySelector('title')?.text

  test('no two focus areas read alike, and every link to a focus area reads as its label', async () => {
    const areas = await content.getFocusAreas()
    expect(new Set(areas.map((area) => readAloud(area.label))).size).toBe(areas.length)
    const labelAt = new Map(areas.map((area) => [focusAreaHref(area.slug), area.label]))
    const links = pages.flatMap(({ path, document }) =>
      document.querySelectorAll('a[href]').flatMap((a) => {
        const label = labelAt.get(a.getAttribute('href')!)
        return label === undefined
          ? []
          : [{ path, label, text: a.text.replace(/\s+/g, ' ').trim() }]
      }),
    )
    expect(links.length).toBeGreaterThan(areas.length)
    const otherwise = links.filter(({ label, text }) => text !== label)
    expect(otherwise.map(({ path, label, text }) => `${path}: «${text}», not «${label}»`)).toEqual(
      [],
    )
  })

  test("a focus area's page, event list and measure list are titled by its label", async () => {
    const { siteTitle } = await content.getProgramme()
    for (const area of await content.getFocusAreas()) {
      expect(titleOf(focusAreaHref(area.slug))).toBe(`${area.label} – ${siteTitle}`)
      const events = titleOf(focusAreaEventsHref(area.slug))
      if (events)
        expect(events).toBe(`Arrangementer i strategiområdet ${area.label} – ${siteTitle}`)
      const measures = titleOf(facetHref('strategiomrade', area.slug))
      if (measures) expect(measures).toBe(`Tiltak i strategiområdet ${area.label} – ${siteTitle}`)
    }
  })

  // Only a build of the bundled dataset has them (builtSiteContent: no dataset and no Content Lake named).
  const bundled = !process.env.DRIVKRAFT_DATASET?.trim() && !process.env.SANITY_PROJECT_ID?.trim()
  test.runIf(bundled)('the bundled «UNG» and «Ung» of two plans are titled apart', () => {
    expect(titleOf('/strategiomrader/ung/')).toBe('UNG (Re:tenk) – Re:tenk')
    expect(titleOf('/strategiomrader/ung-2020-2023/')).toBe(
      'Ung (Strategisk plan 2020–2023) – Re:tenk',
    )
    expect(titleOf(facetHref('strategiomrade', 'ung'))).toBe(
      'Tiltak i strategiområdet UNG (Re:tenk) – Re:tenk',
    )
    const feed = readFileSync(fileFor(dir, '/arrangementer/strategiomrade/ung.ics'), 'utf8')
    expect(feed).toContain('X-WR-CALNAME:Arrangementer – UNG (Re:tenk)\r\n')
  })
})

describe('every page', () => {
  test('is in the sitemap, and the sitemap lists nothing else (the 404 page left out)', async () => {
    const built = pages.map(({ path }) => path).filter((path) => path !== '/404.html')
    expect(await sitemapPaths(dir)).toEqual([...built].sort())
  })

  test('has exactly one h1, a non-empty <title> and lang="nb"', () => {
    const problems = pages.flatMap(({ path, document }) => {
      const h1s = document.querySelectorAll('h1').length
      const title = document.querySelector('title')?.text.trim() ?? ''
      const lang = document.querySelector('html')?.getAttribute('lang')
      return [
        ...(h1s === 1 ? [] : [`${path}: ${h1s} h1 elements`]),
        ...(title ? [] : [`${path}: no <title>`]),
        ...(lang === 'nb' ? [] : [`${path}: lang="${lang}"`]),
      ]
    })
    expect(problems).toEqual([])
  })

  test('has a title of its own, as a screen reader reads it: case and spacing make no difference', () => {
    const seen = new Map<string, string>()
    const clashes = pages.flatMap(({ path, document }) => {
      const title = document.querySelector('title')?.text ?? ''
      const heard = readAloud(title)
      const other = seen.get(heard)
      seen.set(heard, path)
      return other ? [`${other} and ${path}: «${title}»`] : []
    })
    expect(clashes).toEqual([])
  })

  test('the home page is titled by the programme and the site, unless editors set a title for it', async () => {
    const programme = await content.getProgramme()
    const own = programme.seo?.title ?? programme.name
    const home = pages.find(({ path }) => path === '/')
    expect(home?.document.querySelector('title')?.text).toBe(
      own === programme.siteTitle ? own : `${own} – ${programme.siteTitle}`,
    )
  })

  test('has a meta description; an event page gives its date at most once', async () => {
    const described = new Map(
      pages.map(({ path, document }) => [
        path,
        document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      ]),
    )
    expect([...described].filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual(
      [],
    )
    const repeated = (await content.getEvents()).flatMap((event) => {
      const when = formatEventDate(event).text
      const text = described.get(eventHref(event.slug)) ?? ''
      return text.split(when).length > 2 ? [`${eventHref(event.slug)}: «${text}»`] : []
    })
    expect(repeated).toEqual([])
  })

  test('marks its section in the main menu: a measure is under Tiltak, a goal under Strategiområder', async () => {
    const byPath = new Map(pages.map((page) => [page.path, page]))
    const sectionOf = (path: string) =>
      byPath
        .get(path)
        ?.document.querySelectorAll('nav[aria-label="Hovedmeny"] a[aria-current]')
        .map((a) => a.getAttribute('href'))
    const measures = await content.getMeasures()
    const goals = await content.getGoals()
    expect(new Set(measures.map((m) => sectionOf(prosjektHref(m.slug))?.join()))).toEqual(
      new Set(['/tiltak/']),
    )
    expect(new Set(goals.map((g) => sectionOf(prosjektHref(g.slug))?.join()))).toEqual(
      new Set(['/strategiomrader/']),
    )
  })

  test('ships JavaScript only on /tiltak/ and /sok/', () => {
    const withScripts = pages
      .filter(({ document }) =>
        document
          .querySelectorAll('script')
          .some((script) => script.getAttribute('type') !== 'application/ld+json'),
      )
      .map(({ path }) => path)
    expect(withScripts).toEqual(['/sok/', '/tiltak/'])
  })
})
