import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { createContent } from '../../src/lib/content/createContent'
import { createLocalSource } from '../../src/lib/content/localSource'
import { everyGetter } from './everyGetter'

const FIXTURE = join(import.meta.dirname, 'fixtures', 'content.ndjson')
const TEXT = readFileSync(FIXTURE, 'utf8')

describe('createLocalSource', () => {
  test('reads the file once and runs one query per collection, however many getters ask', async () => {
    const readText = vi.fn(async () => TEXT)
    const source = createLocalSource(FIXTURE, { readText })
    const content = createContent(source)
    await everyGetter(content)
    await everyGetter(content)
    expect(readText).toHaveBeenCalledTimes(1)
    expect(readText).toHaveBeenCalledWith(FIXTURE)
    // programme, plans, focus areas, goals, measures, municipalities, events, people, organisations, news, pages
    expect(source.stats()).toMatchObject({ reads: 1, queries: 11 })
  })

  test('every -> resolves through the index, not a scan', async () => {
    const source = createLocalSource(FIXTURE, { readText: async () => TEXT })
    // goal.g1 has one contact and one focus area: two dereferences, each answered from the index
    const goal = await source.fetch<{ focusArea: string; contacts: string[] }>(
      '*[_id == $id][0]{"focusArea": focusArea->title, "contacts": contacts[]->name}',
      { id: 'goal.g1' },
    )
    expect(goal).toEqual({ focusArea: 'Gammel en', contacts: ['Per Prosjekt'] })
    expect(source.stats().dereferences).toBe(2)
  })

  test('references to drafts resolve to null, as under the published perspective', async () => {
    const source = createLocalSource(FIXTURE, { readText: async () => TEXT })
    const result = await source.fetch('{"draft": $ref->title, "published": $pub->title}', {
      ref: { _ref: 'drafts.measure.m1' },
      pub: { _ref: 'measure.m1' },
    })
    expect(result).toEqual({ draft: null, published: 'Tiltak en' })
  })

  test('a malformed file is refused naming file and line of every bad line', async () => {
    const bad = `${TEXT.split('\n').slice(0, 2).join('\n')}\n{"_id": "x"\n\n{"_type": "page"}\n`
    const source = createLocalSource('/data/bad.ndjson', { readText: async () => bad })
    const error = await source.fetch('*').then(
      () => new Error('expected a rejection'),
      (e: unknown) => e as Error,
    )
    expect(error.message).toMatch(/\/data\/bad\.ndjson:3: invalid JSON/)
    expect(error.message).toMatch(/\/data\/bad\.ndjson:5: missing string field "_id"/)
  })

  test('an _id that occurs twice is refused', async () => {
    const line = TEXT.split('\n').find((l) => l.startsWith('{"_id":"page.om"'))!
    const source = createLocalSource('/data/dupe.ndjson', {
      readText: async () => `${line}\n${line}\n`,
    })
    await expect(source.fetch('*')).rejects.toThrow(/_id "[^"]+" occurs twice/)
  })

  test('a failed read is not retried silently: the same error reaches every caller', async () => {
    const readText = vi.fn(async () => {
      throw new Error('ENOENT: /nowhere.ndjson')
    })
    const source = createLocalSource('/nowhere.ndjson', { readText })
    await expect(source.fetch('*')).rejects.toThrow('ENOENT')
    await expect(source.fetch('count(*)')).rejects.toThrow('ENOENT')
    expect(readText).toHaveBeenCalledTimes(1)
  })
})
