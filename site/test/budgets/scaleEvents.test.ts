import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBudgets } from '../../../scripts/budgets/checkBudgets.ts'
import { LIST_PAGE_SIZE } from '../../src/lib/collections/listPageSize'
import type { DatasetDocument } from '../../src/lib/content/parseNdjson'
import { buildDocuments, slugOf, syntheticDocuments } from '../build/buildDocuments'
import { fixtureBuildDir } from '../build/buildSite'
import type { BuiltPage } from '../build/builtSite'
import { pageChain, pagingProblems } from '../build/paging'

const UPCOMING = 260
/** Past events added before the generator's range, in the same focus area as the upcoming ones. */
const OLDER = 40

/** `YYYY-MM-DD`, `day` days after 1 January of `year`. */
const dateIn = (year: number, day: number) =>
  new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10)

// The generator dates every event in 2018–2024, so its datasets have no upcoming events. This one adds a few
// hundred from 2100 on, copies of the generated ones, as a programme that plans years ahead would have, and a few
// dozen from 2000 on, as its archive; all of them tagged with one focus area, as a busy one would be. The build
// splits events at its own clock; with every past event before 2025 and every upcoming one after 2099, the split
// is the same on any day in between, so the test does not depend on when it runs.
let dir: string
let upcoming: DatasetDocument[]
let past: DatasetDocument[]
let focusArea: DatasetDocument
let municipality: DatasetDocument
let pages: BuiltPage[]
let byPath: Map<string, BuiltPage>
beforeAll(() => {
  dir = fixtureBuildDir('scale-events-')
  const docs = syntheticDocuments({
    measures: 100,
    focusAreas: 20,
    seed: 5,
  })
  const generated = docs.filter((doc) => doc._type === 'event')
  const { focusAreas } = generated[0]!
  focusArea = docs.find((doc) => doc._id === (focusAreas as Array<{ _ref: string }>)[0]!._ref)!
  const copy = (kind: string, title: string, i: number, startDate: string) => ({
    ...generated[i % generated.length]!,
    _id: `synthetic.event.${kind}.${i + 1}`,
    title: `${title} ${i + 1} (syntetisk)`,
    slug: { _type: 'slug', current: `${kind}-arrangement-${i + 1}` },
    startDate,
    datePrecision: 'day',
    focusAreas,
  })
  upcoming = Array.from({ length: UPCOMING }, (_, i) =>
    copy('kommende', 'Kommende arrangement', i, dateIn(2100, i)),
  )
  const older = Array.from({ length: OLDER }, (_, i) =>
    copy('eldre', 'Eldre arrangement', i, dateIn(2000, i)),
  )
  past = [...generated, ...older]
  const held = (doc: DatasetDocument) =>
    upcoming.filter((event) => heldIn(event) === doc._id).length
  municipality = docs
    .filter((doc) => doc._type === 'municipality')
    .reduce((most, doc) => (held(doc) > held(most) ? doc : most))
  const built = buildDocuments(dir, [...docs, ...upcoming, ...older])
  pages = built.pages
  byPath = built.byPath
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Ref = { _ref: string }
const hrefOf = (doc: DatasetDocument) => `/arrangementer/${slugOf(doc)}/`
/** The id of the municipality an event is held in (its place's). */
function heldIn(event: DatasetDocument): string | undefined {
  return (event.location as { municipality?: Ref } | undefined)?.municipality?._ref
}
const dateOf = (doc: DatasetDocument) => doc.startDate as string
const mostRecentFirst = (docs: DatasetDocument[]) =>
  [...docs].sort((a, b) => dateOf(b).localeCompare(dateOf(a)))
const eventLinks = (chain: BuiltPage[]) =>
  chain.flatMap((page) =>
    page.document.querySelectorAll('main .event-list a[href]').map((a) => a.getAttribute('href')!),
  )

/** A focus area's or municipality's page, its paged event list, where its events are, and which are its own. */
interface Owner {
  page: string
  list: string
  /** What follows «i» in the list's pager label: «strategiområdet UNG», «Harstad». */
  where: string
  owns: (event: DatasetDocument) => boolean
}

/** The focus area every added event is tagged with, and the municipality that holds the most upcoming events. */
const owners: Array<[string, () => Owner]> = [
  [
    'the focus area',
    () => ({
      page: `/strategiomrader/${slugOf(focusArea)}/`,
      list: `/arrangementer/strategiomrade/${slugOf(focusArea)}/`,
      where: `strategiområdet ${focusArea.title as string}`,
      owns: (event) => (event.focusAreas as Ref[]).some((ref) => ref._ref === focusArea._id),
    }),
  ],
  [
    'the busiest municipality',
    () => ({
      page: `/kommuner/${slugOf(municipality)}/`,
      list: `/arrangementer/kommune/${slugOf(municipality)}/`,
      where: municipality.name as string,
      owns: (event) => heldIn(event) === municipality._id,
    }),
  ],
]

describe(`the site built with ${UPCOMING} upcoming events, all in one focus area`, () => {
  test('holds every page to the internal-link budget (and every other budget)', () => {
    expect(checkBudgets(join(dir, 'dist')).map((violation) => violation.message)).toEqual([])
  })

  test('/arrangementer/ shows the 50 soonest and links to the list of all upcoming events', () => {
    const first = byPath.get('/arrangementer/')!
    const lists = first.document.querySelectorAll('main .event-list')
    const soonest = lists[0]!.querySelectorAll('a[href]').map((a) => a.getAttribute('href'))
    expect(soonest).toEqual(upcoming.slice(0, LIST_PAGE_SIZE).map(hrefOf))
    expect(first.document.querySelector('main')!.text).toMatch(
      new RegExp(`Viser de ${LIST_PAGE_SIZE} neste av ${UPCOMING} kommende\\s+arrangementer\\.`),
    )
    const all = first.document.querySelector('main a[href="/arrangementer/kommende/"]')
    expect(all?.text).toBe('Alle kommende arrangementer')
    // The past events are still below, paged as before.
    expect(first.document.querySelector('h2#tidligere')).not.toBeNull()
    expect(eventLinks(pageChain(byPath, '/arrangementer/')).slice(LIST_PAGE_SIZE)).toEqual(
      mostRecentFirst(past).map(hrefOf),
    )
  })

  test('/arrangementer/kommende/ pages through every upcoming event, soonest first, 50 a page', () => {
    const chain = pageChain(byPath, '/arrangementer/kommende/')
    expect(chain.map((page) => page.path)).toEqual([
      '/arrangementer/kommende/',
      ...Array.from(
        { length: Math.ceil(UPCOMING / LIST_PAGE_SIZE) - 1 },
        (_, i) => `/arrangementer/kommende/${i + 2}/`,
      ),
    ])
    expect(eventLinks(chain)).toEqual(upcoming.map(hrefOf))
    expect(chain[1]!.document.querySelector('h1')?.text).toBe(
      `Kommende arrangementer (side 2 av ${chain.length})`,
    )
    expect(chain[0]!.document.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe(
      'Sider med kommende arrangementer',
    )
  })

  test.each(owners)(
    '%s shows ten of each kind and links to the paged list of all its events',
    (_owner, ownerOf) => {
      const { page: pagePath, list, where, owns } = ownerOf()
      const upcomingHere = upcoming.filter(owns)
      const pastHere = mostRecentFirst(past.filter(owns))
      expect(upcomingHere.length).toBeGreaterThan(10)
      expect(pastHere.length).toBeGreaterThan(10)
      const page = byPath.get(pagePath)!
      expect(eventLinks([page])).toEqual(
        [...upcomingHere.slice(0, 10), ...pastHere.slice(0, 10)].map(hrefOf),
      )
      // The list pages the upcoming events first, 50 a page: the past ones start right after the last of them.
      const pastPage = Math.floor(upcomingHere.length / LIST_PAGE_SIZE) + 1
      const more = page.document
        .querySelectorAll(`main a[href^="${list}"]`)
        .map((a) => a.getAttribute('href'))
      expect(more).toEqual([
        `${list}#kommende`,
        `${list}${pastPage > 1 ? `${pastPage}/` : ''}#tidligere`,
      ])

      const chain = pageChain(byPath, list)
      expect(chain).toHaveLength(
        Math.ceil((upcomingHere.length + pastHere.length) / LIST_PAGE_SIZE),
      )
      expect(eventLinks(chain)).toEqual([...upcomingHere, ...pastHere].map(hrefOf))
      const headings = chain.map((listPage) =>
        listPage.document.querySelectorAll('main h2').map((h2) => h2.getAttribute('id')),
      )
      expect(headings).toEqual(
        chain.map((_, i) => [
          ...(i * LIST_PAGE_SIZE < upcomingHere.length ? ['kommende'] : []),
          ...((i + 1) * LIST_PAGE_SIZE > upcomingHere.length ? ['tidligere'] : []),
        ]),
      )
      expect(headings.flat()).toContain('tidligere')
      expect(chain[0]!.document.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe(
        `Sider med arrangementer i ${where}`,
      )
    },
  )

  test("a municipality's own lists leave its name out of each line; other lists keep it", () => {
    const name = municipality.name as string
    const heldHere = new Set(
      [...upcoming, ...past].filter((event) => heldIn(event) === municipality._id).map(hrefOf),
    )
    /** Each event line of the pages: the event's href and what its line says under the title. */
    const lines = (chain: BuiltPage[]) =>
      chain.flatMap((page) =>
        page.document.querySelectorAll('main .event-list__item').map((item) => ({
          href: item.querySelector('a')!.getAttribute('href')!,
          line: item.querySelector('span')!.text.replace(/\s+/g, ' ').trim(),
        })),
      )
    const own = lines([
      byPath.get(`/kommuner/${slugOf(municipality)}/`)!,
      ...pageChain(byPath, `/arrangementer/kommune/${slugOf(municipality)}/`),
    ])
    expect(own.length).toBeGreaterThan(LIST_PAGE_SIZE)
    expect(own.filter(({ line }) => line.endsWith(` · ${name}`))).toEqual([])
    expect(own.filter(({ line }) => line.split(' · ').length !== 2)).toEqual([])
    const others = lines([
      ...pageChain(byPath, '/arrangementer/'),
      byPath.get(`/strategiomrader/${slugOf(focusArea)}/`)!,
      ...pageChain(byPath, `/arrangementer/strategiomrade/${slugOf(focusArea)}/`),
    ]).filter(({ href }) => heldHere.has(href))
    expect(others.length).toBeGreaterThan(LIST_PAGE_SIZE)
    expect(others.filter(({ line }) => !line.endsWith(` · ${name}`))).toEqual([])
  })

  test('every pager agrees with its neighbours, its canonical URL and its page title', () => {
    expect(pagingProblems(pages)).toEqual([])
  })
})
