import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { recordLine } from '../../src/lib/search/deferredRecords'
import {
  childEnv,
  indexInChildProcess,
  PAGEFIND_MALLOC_CONF,
} from '../../src/lib/search/indexProcess'
import { indexRecords, inPartOrder } from '../../src/lib/search/indexRecords'
import { fragmentRecords } from './fragmentRecords'
import { filesOf } from './indexFiles'

const dir = mkdtempSync(join(tmpdir(), 'index-process-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Eleven: three parts of 4, 4 and 3 records.
const records = fragmentRecords(11)
const CHILD = join(import.meta.dirname, '../../src/lib/search/indexChild.ts')

/** Runs the child script as the build does (plain Node, its own TypeScript support) with `input` on stdin. */
function runChild(out: string, options: object, input: string, env = process.env) {
  const result = spawnSync(process.execPath, [CHILD, out, JSON.stringify(options)], {
    input,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('indexInChildProcess', () => {
  test('writes the same index, in parts, as indexing in this process', async () => {
    const here = join(dir, 'here')
    const there = join(dir, 'there')
    await indexRecords(records, here, { recordsPerPart: 5 })
    expect(await indexInChildProcess(records, there, { recordsPerPart: 5 })).toBe(11)
    expect(filesOf(there)).toEqual(filesOf(here))
  })

  test('a failing child is an error that says what the child and Pagefind said', async () => {
    // Pagefind cannot write an index where a file stands: its process stops, and the child says so.
    const file = join(dir, 'a-file')
    writeFileSync(file, 'not a folder')
    await expect(indexInChildProcess(records, file)).rejects.toThrow(
      /^the search index process exited with code 1: .*panicked.*Pagefind stopped before the search index was written/s,
    )
  })
})

describe("Pagefind's allocator settings", () => {
  const { _RJEM_MALLOC_CONF: _, ...withoutConf } = process.env

  test('the child gets them, with the rest of the environment, unless the build sets its own', () => {
    expect(childEnv({ PATH: '/bin' })).toEqual({
      PATH: '/bin',
      _RJEM_MALLOC_CONF: PAGEFIND_MALLOC_CONF,
    })
    expect(childEnv({ _RJEM_MALLOC_CONF: 'narenas:1' })).toEqual({ _RJEM_MALLOC_CONF: 'narenas:1' })
  })

  test("they reach Pagefind's jemalloc, which accepts them", () => {
    const input = recordLine(records[0]!)
    // jemalloc names a setting it cannot read on stderr: the variable reaches Pagefind's process.
    const bogus = runChild(join(dir, 'bogus-conf'), { count: 1 }, input, {
      ...withoutConf,
      _RJEM_MALLOC_CONF: 'dirty_decay_ms:bogus',
    })
    expect(bogus.stderr).toContain('Invalid conf value: dirty_decay_ms:bogus')
    expect(runChild(join(dir, 'conf'), { count: 1 }, input, childEnv(withoutConf))).toEqual({
      status: 0,
      stdout: '1\n',
      stderr: '',
    })
  })
})

describe('the child script', () => {
  const lines = (items: typeof records) => items.map(recordLine).join('')

  test('reads records in part order and prints how many it indexed', () => {
    const out = join(dir, 'child')
    const ordered = lines([...inPartOrder(records, 3)])
    expect(runChild(out, { count: 11, recordsPerPart: 5 }, ordered)).toEqual({
      status: 0,
      stdout: '11\n',
      stderr: '',
    })
  })

  test.each([
    [
      'a line that is not JSON',
      { count: 2 },
      `${recordLine(records[0]!)}{"url":\n`,
      'search records on stdin:2: not JSON',
    ],
    [
      'fewer records than announced',
      { count: 3 },
      lines(records.slice(0, 2)),
      'expected 3 search records, got 2',
    ],
    ['no count', {}, '', '"count" must be a whole number of records'],
  ])('refuses %s, saying so on stderr and exiting 1', (_, options, input, message) => {
    const { status, stderr } = runChild(join(dir, 'refused'), options, input)
    expect(stderr).toContain(message)
    expect(status).toBe(1)
  })
})
