import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BUDGETS } from '../../../scripts/budgets/budgets.ts'
import { checkBudgets } from '../../../scripts/budgets/checkBudgets.ts'
import type { DatasetDocument } from '../../src/lib/content/parseNdjson'
import { buildDocuments, slugOf, syntheticDocuments } from '../build/buildDocuments'
import { fixtureBuildDir } from '../build/buildSite'
import type { BuiltPage } from '../build/builtSite'
import { pageChain, pagerPosition, pagingProblems } from '../build/paging'

const MEASURES = 2000
const FOCUS_AREAS = 400

// Hundreds of focus areas in dozens of plans, as ten years of plans would give (the 10,000-measure benchmark
// dataset has 400 in 40 plans). The measures stay at 2,000 to keep the build short: the pages that list every
// focus area or plan are what grow here, and every one of them must stay within the link budget.
let dir: string
let docs: DatasetDocument[]
let pages: BuiltPage[]
let byPath: Map<string, BuiltPage>
beforeAll(() => {
  dir = fixtureBuildDir('scale-focus-areas-')
  docs = syntheticDocuments({
    measures: MEASURES,
    focusAreas: FOCUS_AREAS,
    seed: 11,
  })
  const built = buildDocuments(dir, docs)
  pages = built.pages
  byPath = built.byPath
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ofType = (type: string) => docs.filter((doc) => doc._type === type)
const linksIn = (chain: BuiltPage[]) =>
  new Set(
    chain.flatMap((page) =>
      page.document.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')),
    ),
  )

describe(`the site built from ${FOCUS_AREAS} synthetic focus areas`, () => {
  test('holds every page to the internal-link budget (and every other budget)', () => {
    expect(ofType('focusArea')).toHaveLength(FOCUS_AREAS)
    expect(checkBudgets(join(dir, 'dist')).map((violation) => violation.message)).toEqual([])
  })

  test('pages /strategiomrader/ 50 at a time, and every focus area is linked from those pages', () => {
    const chain = pageChain(byPath, '/strategiomrader/')
    expect(chain.map((page) => page.path)).toEqual([
      '/strategiomrader/',
      ...Array.from({ length: FOCUS_AREAS / 50 - 1 }, (_, i) => `/strategiomrader/${i + 2}/`),
    ])
    const linked = linksIn(chain)
    const missing = ofType('focusArea')
      .map((area) => `/strategiomrader/${slugOf(area)}/`)
      .filter((href) => !linked.has(href))
    expect(missing).toEqual([])
  })

  test('every plan has a page, linked from /om/planer/, that links to each of its focus areas', () => {
    const plans = ofType('plan')
    expect(plans.length).toBeGreaterThanOrEqual(FOCUS_AREAS / 10)
    const linked = linksIn(pageChain(byPath, '/om/planer/'))
    const problems = plans.flatMap((plan) => {
      const href = `/om/planer/${slugOf(plan)}/`
      const page = byPath.get(href)
      if (!page) return [`${href}: no page`]
      const onPage = linksIn([page])
      return [
        ...(linked.has(href) ? [] : [`${href}: not linked from /om/planer/`]),
        ...ofType('focusArea')
          .filter((area) => (area.plan as { _ref: string })._ref === plan._id)
          .map((area) => `/strategiomrader/${slugOf(area)}/`)
          .filter((area) => !onPage.has(area))
          .map((area) => `${href}: no link to ${area}`),
      ]
    })
    expect(problems).toEqual([])
  })

  test('the home page shows focus areas of one plan, the newest, and links to all of them', () => {
    const home = byPath.get('/')!
    const cards = home.document
      .querySelectorAll('#strategiomrader ~ section .focus-card a')
      .map((a) => a.getAttribute('href'))
    expect(cards.length).toBeGreaterThan(0)
    const areaBySlug = new Map(ofType('focusArea').map((area) => [slugOf(area), area]))
    const plansShown = new Set(
      cards.map((href) => (areaBySlug.get(href!.split('/')[2]!)!.plan as { _ref: string })._ref),
    )
    expect(plansShown.size).toBe(1)
    const startYear = (plan: DatasetDocument) => (plan.period as { startYear: number }).startYear
    const shown = ofType('plan').find((plan) => plansShown.has(plan._id))!
    expect(startYear(shown)).toBe(Math.max(...ofType('plan').map(startYear)))
    const all = home.document.querySelector('main a[href="/strategiomrader/"]')
    expect(all?.text).toBe(`Alle ${FOCUS_AREAS} strategiområder`)
    // The status table: a row per focus area shown, one for the rest, and the programme's totals.
    const rows = home.document.querySelectorAll('.status-table tbody tr')
    expect(rows).toHaveLength(cards.length + 1)
    expect(rows.at(-1)!.text).toContain(`Øvrige ${FOCUS_AREAS - cards.length} strategiområder`)
    const total = home.document.querySelector('.status-table tfoot td:last-child')?.text
    expect(total).toBe(String(MEASURES))
  })

  test('/tiltak/ links the focus-area index, whose pages reach the measures of every focus area', () => {
    const tiltak = linksIn([byPath.get('/tiltak/')!])
    expect(tiltak.has('/tiltak/strategiomrade/')).toBe(true)
    expect([...tiltak].filter((href) => /^\/tiltak\/strategiomrade\/./.test(href!))).toEqual([])
    const linked = linksIn(pageChain(byPath, '/tiltak/strategiomrade/'))
    const withMeasures = new Set(
      ofType('measure').map((measure) => (measure.goal as { _ref: string })._ref),
    )
    const areasWithMeasures = new Set(
      ofType('goal')
        .filter((goal) => withMeasures.has(goal._id))
        .map((goal) => (goal.focusArea as { _ref: string })._ref),
    )
    const missing = ofType('focusArea')
      .filter((area) => areasWithMeasures.has(area._id))
      .map((area) => `/tiltak/strategiomrade/${slugOf(area)}/`)
      .filter((href) => !linked.has(href) || !byPath.has(href))
    expect(areasWithMeasures.size).toBeGreaterThan(BUDGETS.maxInternalLinks)
    expect(missing).toEqual([])
  })

  test('every pager agrees with its neighbours, its canonical URL and its page title', () => {
    expect(pages.filter((page) => (pagerPosition(page)?.last ?? 1) > 1).length).toBeGreaterThan(50)
    expect(pagingProblems(pages)).toEqual([])
  })
})
