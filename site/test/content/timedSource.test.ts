import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { timedSource } from '../../src/lib/content/timedSource'
import type { ContentSource } from '../../src/lib/content/types'

test('appends one NDJSON line per query with ms, source kind and the first line of the query', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'drivkraft-timings-')), 'groq.ndjson')
  const inner: ContentSource = {
    kind: 'dataset',
    fetch: async <T>(query: string, params?: Record<string, unknown>) => ({ query, params }) as T,
  }
  const source = timedSource(inner, file)
  expect(await source.fetch('*[_type == "a"]{\n  title\n}', { secret: 'p' })).toEqual({
    query: '*[_type == "a"]{\n  title\n}',
    params: { secret: 'p' },
  })
  await source.fetch('count(*)')
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { ms: number; source: string; query: string })
  expect(lines.map(({ source, query }) => [source, query])).toEqual([
    ['dataset', '*[_type == "a"]{'],
    ['dataset', 'count(*)'],
  ])
  expect(lines.every((line) => typeof line.ms === 'number' && line.ms >= 0)).toBe(true)
  expect(readFileSync(file, 'utf8')).not.toContain('secret')
})

test('loading the dataset is left out of ms and reported once as loadMs', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'drivkraft-timings-')), 'groq.ndjson')
  let prepared = 0
  const inner: ContentSource = {
    kind: 'dataset',
    prepare: async () => {
      prepared++
      await new Promise((resolve) => setTimeout(resolve, 60))
    },
    fetch: async <T>(query: string) => query as T,
  }
  const source = timedSource(inner, file)
  await Promise.all([source.fetch('a'), source.fetch('b')])
  await source.fetch('c')
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { ms: number; query: string; loadMs?: number })
  expect(prepared).toBe(1)
  expect(lines).toHaveLength(3)
  expect(lines.filter((line) => line.loadMs !== undefined)).toHaveLength(1)
  expect(lines.find((line) => line.loadMs !== undefined)!.loadMs).toBeGreaterThanOrEqual(50)
  expect(lines.every((line) => line.ms < 50)).toBe(true)
})

test('timed queries run one at a time, so their times add up; a failing query does not stop the next', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'drivkraft-timings-')), 'groq.ndjson')
  let active = 0
  let most = 0
  const inner: ContentSource = {
    kind: 'dataset',
    fetch: async <T>(query: string) => {
      active++
      most = Math.max(most, active)
      await new Promise((resolve) => setTimeout(resolve, 20))
      active--
      if (query === 'bad') throw new Error('bad query')
      return query as T
    },
  }
  const source = timedSource(inner, file)
  const results = await Promise.allSettled(['a', 'bad', 'b'].map((q) => source.fetch(q)))
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected'))).toEqual([
    'a',
    'rejected',
    'b',
  ])
  expect(most).toBe(1)
  const queries = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { query: string }).query)
  expect(queries).toEqual(['a', 'b'])
})

test("what a query's caller does with its result is done before the next query's clock starts", async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'drivkraft-timings-')), 'groq.ndjson')
  let callerDone = false
  let callerDoneWhenSecondStarted: boolean | undefined
  const inner: ContentSource = {
    kind: 'dataset',
    // A few awaits, as groq-js has while it evaluates.
    fetch: async <T>(query: string) => {
      if (query === 'second') callerDoneWhenSecondStarted = callerDone
      for (let step = 0; step < 5; step++) await null
      return query as T
    },
  }
  const source = timedSource(inner, file)
  // The content module builds its rows once a result arrives, a few awaits after it.
  const caller = async () => {
    await source.fetch('first')
    await null
    await null
    callerDone = true
  }
  await Promise.all([caller(), source.fetch('second')])
  expect(callerDoneWhenSecondStarted).toBe(true)
})
