import { rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBudgets } from '../../../scripts/budgets/checkBudgets.ts'
import { loadBaseDocuments } from '../../../scripts/generate-dataset/baseDocuments.ts'
import { generateDataset, toNdjson } from '../../../scripts/generate-dataset/generateDataset.ts'
import { LIST_PAGE_SIZE } from '../../src/lib/collections/listPageSize'
import type { DatasetDocument } from '../../src/lib/content/parseNdjson'
import { buildSite, fixtureBuildDir } from '../build/buildSite'
import { readPages, type BuiltPage } from '../build/builtSite'
import { pageChain, pagingProblems } from '../build/paging'

const UPCOMING = 260
/** Past events added before the generator's range, in the same focus area as the upcoming ones. */
const OLDER = 40
const bundled = resolve(import.meta.dirname, '../../../studio/seed/production.ndjson')

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
let pages: BuiltPage[]
let byPath: Map<string, BuiltPage>
beforeAll(() => {
  dir = fixtureBuildDir('scale-events-')
  const docs = generateDataset({
    measures: 100,
    focusAreas: 20,
    seed: 5,
    base: loadBaseDocuments(bundled),
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
  const dataset = join(dir, 'synthetic.ndjson')
  writeFileSync(dataset, toNdjson([...docs, ...upcoming, ...older]))
  buildSite(dataset, join(dir, 'dist'))
  pages = readPages(join(dir, 'dist'))
  byPath = new Map(pages.map((page) => [page.path, page]))
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const hrefOf = (doc: DatasetDocument) =>
  `/arrangementer/${(doc.slug as { current: string }).current}/`
const dateOf = (doc: DatasetDocument) => doc.startDate as string
const mostRecentFirst = (docs: DatasetDocument[]) =>
  [...docs].sort((a, b) => dateOf(b).localeCompare(dateOf(a)))
const eventLinks = (chain: BuiltPage[]) =>
  chain.flatMap((page) =>
    page.document.querySelectorAll('main .event-list a[href]').map((a) => a.getAttribute('href')!),
  )

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

  test('the focus area shows ten of each kind and links to the paged list of all its events', () => {
    const slug = (focusArea.slug as { current: string }).current
    const tagged = (doc: DatasetDocument) =>
      (doc.focusAreas as Array<{ _ref: string }>).some((ref) => ref._ref === focusArea._id)
    const pastHere = mostRecentFirst(past.filter(tagged))
    expect(pastHere.length).toBeGreaterThan(OLDER)
    const page = byPath.get(`/strategiomrader/${slug}/`)!
    expect(eventLinks([page])).toEqual([
      ...upcoming.slice(0, 10).map(hrefOf),
      ...pastHere.slice(0, 10).map(hrefOf),
    ])
    const more = page.document
      .querySelectorAll('main a[href^="/arrangementer/strategiomrade/"]')
      .map((a) => a.getAttribute('href'))
    // The list pages the upcoming events first, 50 a page: the past ones start right after the last of them.
    const pastPage = Math.floor(UPCOMING / LIST_PAGE_SIZE) + 1
    const list = `/arrangementer/strategiomrade/${slug}/`
    expect(more).toEqual([
      `${list}#kommende`,
      `${list}${pastPage}/#tidligere`,
      `/arrangementer/strategiomrade/${slug}.ics`,
    ])

    const chain = pageChain(byPath, list)
    expect(chain).toHaveLength(Math.ceil((UPCOMING + pastHere.length) / LIST_PAGE_SIZE))
    expect(eventLinks(chain)).toEqual([...upcoming, ...pastHere].map(hrefOf))
    const headings = chain.map((listPage) =>
      listPage.document.querySelectorAll('main h2').map((h2) => h2.getAttribute('id')),
    )
    expect(headings[pastPage - 2]).toEqual(['kommende'])
    expect(headings[pastPage - 1]).toEqual(['kommende', 'tidligere'])
    expect(headings[pastPage]).toEqual(['tidligere'])
    expect(chain[0]!.document.querySelector('nav.pagination')?.getAttribute('aria-label')).toBe(
      `Sider med arrangementer i ${focusArea.title as string}`,
    )
  })

  test('every pager agrees with its neighbours, its canonical URL and its page title', () => {
    expect(pagingProblems(pages)).toEqual([])
  })
})
