import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { findBundledDataset } from '../../src/lib/env'
import { deferredRecordsPath } from '../../src/lib/search/deferredRecords'
import { buildSite, fixtureBuildDir } from './buildSite'
import { listFiles } from './builtSite'

const repoRoot = resolve(import.meta.dirname, '../../..')
const dataset = findBundledDataset(repoRoot)
const work = fixtureBuildDir('search-index-after-')
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs an npm script as a newcomer would, with the index left for after the build. */
function npmRun(args: string[], env: Record<string, string>) {
  const run = spawnSync('npm', ['run', ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', DRIVKRAFT_DATASET: dataset, ...env },
    encoding: 'utf8',
  })
  if (run.status !== 0)
    throw new Error(`npm run ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`)
  return run
}

/** `npm run search-index -- --dist DIR` with `env` over this process's, whatever its exit code. */
const searchIndex = (dist: string, env: Record<string, string>) =>
  spawnSync('npm', ['run', 'search-index', '--', '--dist', dist], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })

const files = (dir: string): Map<string, Buffer> =>
  new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file))]))

// The same bundled dataset built three ways: the index written during the render (the default), only the
// `astro build` step with the index left for after, and the site's whole `npm run build` with it left for after.
const during = join(work, 'during')
const astroOnly = join(work, 'astro-only')
const chained = join(work, 'chained')
// Left beside `during` as if by an earlier build that never indexed: this build must not leave it there.
const stale = deferredRecordsPath(during)
let recordLines: string[]
beforeAll(() => {
  writeFileSync(stale, '{"url":"/gammel/","title":"Gammel","kind":"Nyhet","content":"x"}\n')
  buildSite(dataset, during)
  buildSite(dataset, astroOnly, { DRIVKRAFT_SEARCH_INDEX: 'after' })
  recordLines = readFileSync(deferredRecordsPath(astroOnly), 'utf8').trim().split('\n')
  npmRun(['build', '-w', 'site'], { DRIVKRAFT_SEARCH_INDEX: 'after', DRIVKRAFT_OUT_DIR: chained })
}, 120_000)

describe('DRIVKRAFT_SEARCH_INDEX=after', () => {
  test('astro build leaves no index in the output, and the records beside it', () => {
    expect(existsSync(join(astroOnly, 'pagefind'))).toBe(false)
    const entry = JSON.parse(readFileSync(join(during, 'pagefind', 'pagefind-entry.json'), 'utf8'))
    expect(recordLines).toHaveLength(entry.languages.nb.page_count)
  })

  test('a build removes the records an earlier build left beside its output folder', () => {
    expect(existsSync(stale)).toBe(false)
  })

  test('npm run search-index writes the same index as a build that indexes during the render', () => {
    npmRun(['search-index', '--', '--dist', astroOnly], { DRIVKRAFT_SEARCH_INDEX: 'after' })
    expect(existsSync(deferredRecordsPath(astroOnly))).toBe(false)
    expect(files(join(astroOnly, 'pagefind'))).toEqual(files(join(during, 'pagefind')))
  })

  test("the site's npm run build does both steps: the same site, index included, byte for byte", () => {
    expect(existsSync(deferredRecordsPath(chained))).toBe(false)
    expect(files(chained)).toEqual(files(during))
  })

  test('npm run search-index after a build that indexed during the render has nothing to do', () => {
    const run = searchIndex(during, { DRIVKRAFT_SEARCH_INDEX: '' })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('nothing to do')
  })

  test('npm run search-index with the mode after but no records says what to do and fails', () => {
    const run = searchIndex(join(work, 'none'), { DRIVKRAFT_SEARCH_INDEX: 'after' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`no search records at ${deferredRecordsPath(join(work, 'none'))}`)
    expect(run.stderr).toContain('DRIVKRAFT_SEARCH_INDEX=after')
  })

  test('a malformed records file names its line and is kept', () => {
    const dist = join(work, 'bad')
    const records = deferredRecordsPath(dist)
    writeFileSync(records, '{"url":"/a/","title":"A","kind":"Nyhet","content":"x"}\n{oops\n')
    const run = searchIndex(dist, { DRIVKRAFT_SEARCH_INDEX: 'after' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${records}:2: not JSON`)
    expect(existsSync(records)).toBe(true)
  })
})

describe('DRIVKRAFT_SEARCH_PART_SIZE', () => {
  const pagesIn = (dir: string): number =>
    JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages.nb.page_count

  test('a build writes the index in parts of at most that many records', () => {
    const parted = join(work, 'parted')
    buildSite(dataset, parted, { DRIVKRAFT_SEARCH_PART_SIZE: '30' })
    const index = join(parted, 'pagefind')
    const { parts } = JSON.parse(readFileSync(join(index, 'parts.json'), 'utf8')) as {
      parts: string[]
    }
    expect(parts).toEqual(['part-2/', 'part-3/'])
    const counts = [index, ...parts.map((part) => join(index, part))].map(pagesIn)
    expect(Math.max(...counts)).toBeLessThanOrEqual(30)
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(recordLines.length)
  }, 120_000)

  test('npm run search-index refuses a size that is not a whole number, naming the variable', () => {
    const run = searchIndex(during, { DRIVKRAFT_SEARCH_PART_SIZE: 'mange' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('DRIVKRAFT_SEARCH_PART_SIZE is "mange": give a whole number')
  })
})
