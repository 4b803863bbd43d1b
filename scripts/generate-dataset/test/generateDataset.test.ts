import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import type { DatasetDocument } from '../../../site/src/lib/content/parseNdjson.ts'
import {
  baseDocumentsFromDataset,
  fallbackBaseDocuments,
  loadBaseDocuments,
  referencedIds,
} from '../baseDocuments.ts'
import { parseGenerateArgs } from '../cliArgs.ts'
import { datasetCounts } from '../counts.ts'
import { generateDataset, toNdjson } from '../generateDataset.ts'

const root = resolve(import.meta.dirname, '../../..')
const base = loadBaseDocuments(join(root, 'studio/seed/production.ndjson'))
const baseIds = new Set(base.map((doc) => doc._id))
const generate = (measures: number, seed = 1): DatasetDocument[] =>
  generateDataset({ measures, seed, base })
const ofType = (docs: DatasetDocument[], type: string): DatasetDocument[] =>
  docs.filter((doc) => doc._type === type)
const dataset = generate(200, 42)
const generated = dataset.filter((doc) => !baseIds.has(doc._id))

describe('generateDataset', () => {
  test('the same seed gives byte-identical output and another seed does not', () => {
    expect(toNdjson(generate(50, 9))).toBe(toNdjson(generate(50, 9)))
    expect(toNdjson(generate(50, 10))).not.toBe(toNdjson(generate(50, 9)))
  })

  test.each([1, 7, 200, 1234])('holds exactly %i measures and every other page type', (n) => {
    const docs = generate(n)
    expect(ofType(docs, 'measure')).toHaveLength(n)
    for (const type of [
      'plan',
      'focusArea',
      'goal',
      'event',
      'newsItem',
      'person',
      'organisation',
    ]) {
      expect(ofType(docs, type).length, type).toBeGreaterThan(0)
    }
    expect(ofType(docs, 'municipality')).toHaveLength(8)
  })

  test('is sorted by _id with no duplicates', () => {
    const ids = dataset.map((doc) => doc._id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('prefixes every generated _id and marks every generated title or name as synthetic', () => {
    expect(generated.length).toBeGreaterThan(200)
    for (const doc of generated) {
      expect(doc._id).toMatch(/^synthetic\./)
      expect(String(doc.title ?? doc.name)).toMatch(/\(syntetisk\)$/)
    }
  })

  test('every reference resolves to a document in the file', () => {
    const ids = new Set(dataset.map((doc) => doc._id))
    const dangling = dataset.flatMap((doc) =>
      referencedIds(doc)
        .filter((id) => !ids.has(id))
        .map((id) => `${doc._id} → ${id}`),
    )
    expect(dangling).toEqual([])
  })

  test('uses every status light, gives every red measure a reason and nobody else one', () => {
    const statuses = ofType(dataset, 'measure').map((doc) => doc.status as Record<string, string>)
    expect(new Set(statuses.map((s) => s.light))).toEqual(
      new Set(['green', 'yellow', 'red', 'unreported']),
    )
    for (const status of statuses) expect(Boolean(status.reason)).toBe(status.light === 'red')
  })

  test('related measures never point at the measure itself and strategy keys exist on the goal', () => {
    const goals = new Map(ofType(dataset, 'goal').map((goal) => [goal._id, goal]))
    for (const measure of ofType(dataset, 'measure')) {
      expect(referencedIds(measure.relatedMeasures)).not.toContain(measure._id)
      const goal = goals.get((measure.goal as { _ref: string })._ref)!
      const keys = (goal.strategies as { _key: string }[]).map((s) => s._key)
      expect(keys).toContain(measure.strategyKey)
    }
  })

  test('goal and measure slugs are unique together, since both live under /prosjekt/', () => {
    const slugs = [...ofType(dataset, 'goal'), ...ofType(dataset, 'measure')].map(
      (doc) => (doc.slug as { current: string }).current,
    )
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  test('measures carry Portable Text with an internal link and a responsible party', () => {
    for (const measure of ofType(dataset, 'measure')) {
      const about = measure.about as { _type: string; markDefs: { _type: string }[] }[]
      expect(about[0]!._type).toBe('block')
      expect(about[0]!.markDefs.map((def) => def._type)).toContain('internalLink')
      expect((measure.responsible as unknown[]).length).toBeGreaterThan(0)
    }
  })
})

describe('a focus-area override', () => {
  test('keeps every other count and sets plans at one per ten focus areas', () => {
    expect(datasetCounts(2000, { focusAreas: 400 })).toEqual({
      ...datasetCounts(2000),
      focusAreas: 400,
      plans: 40,
    })
    expect(datasetCounts(10_000, {})).toEqual(datasetCounts(10_000))
    expect(() => datasetCounts(10, { focusAreas: 0 })).toThrow(/--focus-areas must be/)
  })

  test('gives the default output unchanged when it asks for the default number', () => {
    const { focusAreas } = datasetCounts(200)
    expect(toNdjson(generateDataset({ measures: 200, focusAreas, seed: 42, base }))).toBe(
      toNdjson(dataset),
    )
  })

  test('generates that many focus areas over its plans, every reference resolving', () => {
    const docs = generateDataset({ measures: 500, focusAreas: 120, seed: 3, base })
    const areas = ofType(docs, 'focusArea')
    expect(areas).toHaveLength(120)
    expect(ofType(docs, 'plan')).toHaveLength(12)
    expect(ofType(docs, 'measure')).toHaveLength(500)
    const listed = ofType(docs, 'plan').flatMap((plan) => referencedIds(plan.focusAreas))
    expect(listed.sort()).toEqual(areas.map((area) => area._id).sort())
    const ids = new Set(docs.map((doc) => doc._id))
    expect(docs.flatMap((doc) => referencedIds(doc)).filter((id) => !ids.has(id))).toEqual([])
  })
})

describe('a big goal', () => {
  const docs = generateDataset({ measures: 300, bigGoal: 123, seed: 5, base })
  const goalOf = (measure: DatasetDocument) => (measure.goal as { _ref: string })._ref
  const measuresOf = (id: string) => ofType(docs, 'measure').filter((m) => goalOf(m) === id)

  test('puts that many measures under the last goal, numbered 1 to N, and the rest over the others', () => {
    const goals = ofType(docs, 'goal').sort((a, b) => (a.order as number) - (b.order as number))
    expect(goals).toHaveLength(datasetCounts(300).goals)
    const last = measuresOf(goals.at(-1)!._id)
    expect(last.map((m) => m.number).sort((a, b) => (a as number) - (b as number))).toEqual(
      Array.from({ length: 123 }, (_, i) => i + 1),
    )
    // 177 measures over the other 59 goals: three each.
    expect(new Set(goals.slice(0, -1).map((goal) => measuresOf(goal._id).length))).toEqual(
      new Set([3]),
    )
    const ids = new Set(docs.map((doc) => doc._id))
    expect(docs.flatMap((doc) => referencedIds(doc)).filter((id) => !ids.has(id))).toEqual([])
    const strategies = new Map(goals.map((goal) => [goal._id, goal.strategies]))
    for (const measure of last) {
      const keys = (strategies.get(goalOf(measure)) as { _key: string }[]).map((s) => s._key)
      expect(keys).toContain(measure.strategyKey)
    }
  })

  test.each([
    [10, 11, /--big-goal must be a whole number from 1 to --measures, got 11/],
    [10, 0, /--big-goal must be a whole number from 1 to --measures, got 0/],
    [3, 2, /--big-goal 2 leaves 1 measures without a goal/],
  ])('%i measures and a big goal of %i: refused', (measures, bigGoal, message) => {
    expect(() => generateDataset({ measures, bigGoal, seed: 1, base })).toThrow(message)
  })

  test('may hold every measure when there is one goal', () => {
    const one = generateDataset({ measures: 3, bigGoal: 3, seed: 1, base })
    expect(ofType(one, 'goal')).toHaveLength(1)
    expect(ofType(one, 'measure')).toHaveLength(3)
  })
})

describe('baseDocumentsFromDataset', () => {
  test('keeps municipalities, the programme and what they reference, and drops generated types', () => {
    const source: DatasetDocument[] = [
      ...fallbackBaseDocuments(),
      { _id: 'organisation.hr', _type: 'organisation', name: 'HR' },
      { _id: 'measure.real', _type: 'measure', title: 'Ekte tiltak' },
      { _id: 'unrelated.page', _type: 'page', title: 'Ikke brukt' },
    ]
    const programme = source.find((doc) => doc._id === 'programme')!
    programme.owner = { _type: 'reference', _ref: 'organisation.hr' }
    programme.featured = { _type: 'reference', _ref: 'measure.real' }
    const ids = baseDocumentsFromDataset(source).map((doc) => doc._id)
    expect(ids).toContain('organisation.hr')
    expect(ids).not.toContain('measure.real')
    expect(ids).not.toContain('unrelated.page')
    const kept = generateDataset({ measures: 3, seed: 1, base: baseDocumentsFromDataset(source) })
    const copied = kept.find((doc) => doc._id === 'programme')!
    expect(copied.featured).toEqual({ _type: 'reference', _ref: 'synthetic.measure.1' })
  })
})

describe('parseGenerateArgs', () => {
  test.each([
    [['--out', 'x.ndjson'], /--measures is required/],
    [['--measures', '10'], /--out is required/],
    [['--measures', '0', '--out', 'x'], /--measures must be a whole number of at least 1, got "0"/],
    [['--measures', '1.5', '--out', 'x'], /--measures must be a whole number/],
    [['--measures', '5', '--seed', 'abc', '--out', 'x'], /--seed must be a whole number/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(message)
  })

  test('reads measures, seed and out', () => {
    expect(
      parseGenerateArgs(['--measures', '20', '--seed', '3', '--out', 'a.ndjson']),
    ).toMatchObject({ help: false, measures: 20, seed: 3, out: 'a.ndjson' })
  })

  test.each([
    ['--focus-areas', 'focusAreas'],
    ['--big-goal', 'bigGoal'],
  ])('reads %s, and leaves it unset without the flag', (flag, key) => {
    const argv = (...more: string[]) => ['--measures', '20', ...more, '--out', 'a.ndjson']
    expect(parseGenerateArgs(argv(flag, '12'))).toMatchObject({ measures: 20, [key]: 12 })
    expect(parseGenerateArgs(argv())).toMatchObject({ [key]: undefined })
    expect(() => parseGenerateArgs(argv(flag, '0'))).toThrow(
      `${flag} must be a whole number of at least 1`,
    )
  })
})

describe('cli', () => {
  test('--help prints the usage and exits 0; a bad flag exits 1 naming it', () => {
    const help = spawnSync('npx', ['tsx', 'scripts/generate-dataset/cli.ts', '--help'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('--measures N')
    const bad = spawnSync(
      'npx',
      ['tsx', 'scripts/generate-dataset/cli.ts', '--measures', 'x', '--out', 'y'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('--measures must be a whole number')
  })

  test('a --base file that does not exist is an error, not the fallback base', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'generate-base-')), 'out.ndjson')
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/generate-dataset/cli.ts',
        '--measures',
        '3',
        '--out',
        out,
        '--base',
        'no/such.ndjson',
      ],
      { cwd: root, encoding: 'utf8' },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`--base ${join(root, 'no/such.ndjson')}: no such file`)
    expect(existsSync(out)).toBe(false)
  })
})

describe('loadBaseDocuments', () => {
  test('a missing default base falls back to the content model; a required one throws', () => {
    const missing = join(tmpdir(), 'no-such-base.ndjson')
    expect(loadBaseDocuments(missing)).toEqual(fallbackBaseDocuments())
    expect(() => loadBaseDocuments(missing, { required: true })).toThrow(
      `--base ${missing}: no such file`,
    )
  })
})

const validatorExists = existsSync(join(root, 'scripts/validate/validateDataset.ts'))

describe.skipIf(!validatorExists)('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generate-dataset-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('passes on a generated 200-measure file', () => {
    const file = join(dir, 'synthetic-200.ndjson')
    writeFileSync(file, toNdjson(dataset))
    const run = spawnSync('npm', ['run', '-s', 'validate', '--', file], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(run.status, run.stdout + run.stderr).toBe(0)
  })
})
