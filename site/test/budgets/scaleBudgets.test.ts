import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkBudgets } from '../../../scripts/budgets/checkBudgets.ts'
import { toNdjson } from '../../../scripts/generate-dataset/generateDataset.ts'
import { MAX_FRAGMENT_FILES } from '../../src/lib/search/indexRecords'
import { syntheticDocuments } from '../build/buildDocuments'
import { buildSite, fixtureBuildDir } from '../build/buildSite'
import { listFiles } from '../build/builtSite'

const MEASURES = 2000

// A synthetic programme of 2,000 measures (80 focus areas in 8 plans, 100 events, 200 news items): the budgets
// must hold when the content grows, not only on the bundled dataset. Pages that grow with the dataset fail here.
let dir: string
beforeAll(() => {
  dir = fixtureBuildDir('scale-')
  const dataset = join(dir, 'synthetic.ndjson')
  writeFileSync(dataset, toNdjson(syntheticDocuments({ measures: MEASURES, seed: 7 })))
  buildSite(dataset, join(dir, 'dist'))
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe(`the site built from ${MEASURES.toLocaleString('en')} synthetic measures`, () => {
  test('has a /prosjekt/ page for every measure and goal', () => {
    const prosjekt = listFiles(join(dir, 'dist')).filter((file) =>
      /^prosjekt\/[^/]+\/index\.html$/.test(file),
    )
    expect(prosjekt).toHaveLength(MEASURES + MEASURES / 5)
  })

  test('writes its search index in at most MAX_FRAGMENT_FILES fragment files', () => {
    const fragments = readdirSync(join(dir, 'dist', 'pagefind', 'fragment'))
    expect(fragments.length).toBeGreaterThan(0)
    expect(fragments.length).toBeLessThanOrEqual(MAX_FRAGMENT_FILES)
  })

  test('stays within every page-weight budget', () => {
    expect(checkBudgets(join(dir, 'dist')).map((violation) => violation.message)).toEqual([])
  })
})
