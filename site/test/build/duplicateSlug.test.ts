import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { buildSite, fixtureBuildDir } from './buildSite'

const bundled = resolve(import.meta.dirname, '../../../studio/seed/production.ndjson')
let work: string | undefined

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

test('a goal and a measure sharing a /prosjekt/ slug fail the build, naming both documents', () => {
  work = fixtureBuildDir('duplicate-slug-')
  const docs = readFileSync(bundled, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { _id: string; _type: string; slug?: { current: string } })
  const goal = docs.find((doc) => doc._type === 'goal')
  const measure = docs.find((doc) => doc._type === 'measure')
  if (!goal?.slug || !measure?.slug)
    throw new Error('The bundled dataset needs a goal and a measure')
  measure.slug = { ...measure.slug, current: goal.slug.current }
  const dataset = join(work, 'duplicate.ndjson')
  writeFileSync(dataset, docs.map((doc) => JSON.stringify(doc)).join('\n'))

  let message = ''
  try {
    buildSite(dataset, join(work, 'dist'))
  } catch (error) {
    message = (error as Error).message
  }
  expect(message).toContain(goal._id)
  expect(message).toContain(measure._id)
  expect(message).toContain(goal.slug.current)
}, 300_000)
