import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBudgets } from '../../../scripts/budgets/checkBudgets.ts'
import type { DatasetDocument } from '../../src/lib/content/parseNdjson'
import { FOCUS_AREA_PAGE_LIMITS, GOAL_PAGE_LIMITS } from '../../src/lib/goalLists/goalsWithin'
import { buildDocuments, slugOf, syntheticDocuments } from '../build/buildDocuments'
import { fixtureBuildDir } from '../build/buildSite'
import type { BuiltPage } from '../build/builtSite'
import { pageChain, pagingProblems } from '../build/paging'

const MEASURES = 1000
/** Measures of the last goal: four times what its page lists, and enough to break the link budget on their own. */
const BIG_GOAL = 200

// Every goal and measure of the programme in one focus area: 199 goals of four or five measures and a last goal of
// 200, as a programme that puts years of work under one heading would have (`npm run dataset:generate --
// --measures 1000 --focus-areas 1 --big-goal 200 --seed 13` writes the same file). The focus area's page and each
// goal's page list goals of the focus area, a goal's page its measures, and must stay within the link budget
// however many there are.
let dir: string
let docs: DatasetDocument[]
let byPath: Map<string, BuiltPage>
let pages: BuiltPage[]
beforeAll(() => {
  dir = fixtureBuildDir('scale-goals-')
  docs = syntheticDocuments({
    measures: MEASURES,
    focusAreas: 1,
    bigGoal: BIG_GOAL,
    seed: 13,
  })
  const built = buildDocuments(dir, docs)
  pages = built.pages
  byPath = built.byPath
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Ref = { _ref: string }
const ofType = (type: string) => docs.filter((doc) => doc._type === type)
const prosjekt = (doc: DatasetDocument) => `/prosjekt/${slugOf(doc)}/`
/** The `/prosjekt/` links in a page's main content, in order. */
const prosjektLinks = (page: BuiltPage) =>
  page.document.querySelectorAll('main a[href^="/prosjekt/"]').map((a) => a.getAttribute('href')!)

describe(`the site built with ${MEASURES} measures in one focus area`, () => {
  test('holds every page to the internal-link budget (and every other budget)', () => {
    expect(ofType('focusArea')).toHaveLength(1)
    expect(ofType('goal').length).toBeGreaterThan(150)
    expect(checkBudgets(join(dir, 'dist')).map((violation) => violation.message)).toEqual([])
  })

  test('the focus area shows whole goals up to its bound and links to the paged list of all its measures', () => {
    const area = ofType('focusArea')[0]!
    const page = byPath.get(`/strategiomrader/${slugOf(area)}/`)!
    const goalOf = new Map(ofType('measure').map((m) => [prosjekt(m), (m.goal as Ref)._ref]))
    const goalHrefs = new Map(ofType('goal').map((goal) => [prosjekt(goal), goal._id]))
    const links = prosjektLinks(page)
    const goalsShown = links.filter((href) => goalHrefs.has(href))
    const measuresShown = links.filter((href) => goalOf.has(href))
    expect(measuresShown).toHaveLength(FOCUS_AREA_PAGE_LIMITS.measures)
    expect(goalsShown.length).toBeLessThanOrEqual(FOCUS_AREA_PAGE_LIMITS.goals)
    // Each measure under its own goal's heading, every goal shown whole but the last.
    const shownOf = new Map<string, number>()
    let current = ''
    for (const href of links) {
      if (goalHrefs.has(href)) shownOf.set((current = goalHrefs.get(href)!), 0)
      else {
        expect(goalOf.get(href)).toBe(current)
        shownOf.set(current, shownOf.get(current)! + 1)
      }
    }
    const measuresOf = (id: string) =>
      ofType('measure').filter((m) => (m.goal as Ref)._ref === id).length
    for (const id of [...shownOf.keys()].slice(0, -1)) {
      expect(shownOf.get(id)).toBe(measuresOf(id))
    }
    const goals = ofType('goal').length
    expect(page.document.querySelector('main')!.text).toMatch(
      new RegExp(
        `Viser ${goalsShown.length} av ${goals} mål og ${measuresShown.length} av ${MEASURES} tiltak\\.`,
      ),
    )
    const list = `/tiltak/strategiomrade/${slugOf(area)}/`
    const more = page.document.querySelector(`main a[href="${list}"]`)
    expect(more?.text.trim()).toBe(
      `Se alle ${MEASURES} tiltak i ${area.title as string}, side for side`,
    )
    // The list it leads to pages through every measure of the focus area.
    const listed = new Set(pageChain(byPath, list).flatMap(prosjektLinks))
    expect(ofType('measure').filter((m) => !listed.has(prosjekt(m)))).toEqual([])
  })

  test('each goal page links to ten other goals, and every goal is linked from another', () => {
    const goals = ofType('goal')
    const linkedFrom = new Set<string>()
    const counts = goals.map((goal) => {
      const related = byPath
        .get(prosjekt(goal))!
        .document.querySelectorAll('#relaterte-mal ~ ul a[href]')
        .map((a) => a.getAttribute('href')!)
      for (const href of related) linkedFrom.add(href)
      return related.length
    })
    expect(new Set(counts)).toEqual(new Set([10]))
    expect(goals.map(prosjekt).filter((href) => !linkedFrom.has(href))).toEqual([])
  })

  test('the goal of 200 measures shows the first ones and links to its own paged list of all of them', () => {
    const big = ofType('goal').find((goal) => goal.order === ofType('goal').length)!
    const measures = ofType('measure').filter((m) => (m.goal as Ref)._ref === big._id)
    expect(measures).toHaveLength(BIG_GOAL)
    const page = byPath.get(prosjekt(big))!
    const ofBig = new Set(measures.map(prosjekt))
    const shown = prosjektLinks(page).filter((href) => ofBig.has(href))
    expect(shown).toHaveLength(GOAL_PAGE_LIMITS.measures)
    const list = `/tiltak/mal/${slugOf(big)}/`
    const paragraph = page.document
      .querySelectorAll('main p')
      .find((p) => p.querySelector(`a[href="${list}"]`))
    expect(paragraph?.text.replace(/\s+/g, ' ').trim()).toBe(
      `Viser ${shown.length} av ${BIG_GOAL} tiltak under dette målet. ` +
        `Se alle ${BIG_GOAL} tiltak under målet, side for side.`,
    )
    // The list pages through every measure of the goal once, 50 a page, starting with the ones the goal shows,
    // and each page leads back to the goal.
    const chain = pageChain(byPath, list)
    expect(chain).toHaveLength(BIG_GOAL / GOAL_PAGE_LIMITS.measures)
    const listed = chain.flatMap((listPage) =>
      prosjektLinks(listPage).filter((href) => ofBig.has(href)),
    )
    expect(listed.slice(0, shown.length)).toEqual(shown)
    expect([...listed].sort()).toEqual(measures.map(prosjekt).sort())
    for (const listPage of chain) {
      expect(listPage.document.querySelector(`main a[href="${prosjekt(big)}"]`)?.text).toBe(
        'Tilbake til målet',
      )
    }
  })

  test('only a goal with more measures than its page shows has a list of its own', () => {
    const lists = pages.filter((built) => /^\/tiltak\/mal\/[^/]+\/$/.test(built.path))
    const big = ofType('goal').find((goal) => goal.order === ofType('goal').length)!
    expect(lists.map((built) => built.path)).toEqual([`/tiltak/mal/${slugOf(big)}/`])
  })

  test('every pager agrees with its neighbours, its canonical URL and its page title', () => {
    expect(pagingProblems(pages)).toEqual([])
  })
})
