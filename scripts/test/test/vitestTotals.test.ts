import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { countStep, readVitestTotals, summaryLine } from '../vitestTotals.ts'

const dir = mkdtempSync(join(tmpdir(), 'vitest-totals-'))
function report(name: string, body: string): string {
  const file = join(dir, name)
  writeFileSync(file, body)
  return file
}

describe('readVitestTotals', () => {
  test.each([
    [
      'all green',
      { numPassedTests: 12, numFailedTests: 0, numPendingTests: 2 },
      { passed: 12, failed: 0, skipped: 2 },
    ],
    [
      'failures',
      { numPassedTests: 3, numFailedTests: 4, numTodoTests: 1 },
      { passed: 3, failed: 4, skipped: 1 },
    ],
    [
      'a suite that crashed on import',
      { numPassedTests: 5, numFailedTests: 0, numFailedTestSuites: 1 },
      { passed: 5, failed: 1, skipped: 0 },
    ],
  ])('%s', (name, json, expected) => {
    expect(readVitestTotals(report(`${name}.json`, JSON.stringify(json)))).toEqual(expected)
  })

  // The shape Vitest 5's JSON reporter writes: numFailedTestSuites counts describe blocks and every file with a
  // failed test, so it cannot be added to numFailedTests; testResults tells the files apart.
  test('a file that fails to load counts even when another file has a failing test', () => {
    const json = {
      numFailedTestSuites: 4,
      numPassedTests: 2,
      numFailedTests: 1,
      numPendingTests: 1,
      testResults: [
        {
          name: '/a.test.ts',
          status: 'failed',
          assertionResults: [{ status: 'failed' }, { status: 'passed' }],
        },
        {
          name: '/b.test.ts',
          status: 'failed',
          message: 'Cannot find module',
          assertionResults: [],
        },
        { name: '/c.test.ts', status: 'failed', assertionResults: [{ status: 'skipped' }] },
        { name: '/d.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
      ],
    }
    expect(readVitestTotals(report('mixed.json', JSON.stringify(json)))).toEqual({
      passed: 2,
      failed: 3,
      skipped: 1,
    })
  })

  test('a failed describe block inside a file with a failed test is not counted twice', () => {
    const json = {
      numFailedTestSuites: 2,
      numPassedTests: 0,
      numFailedTests: 2,
      testResults: [
        { status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }] },
      ],
    }
    expect(readVitestTotals(report('nested.json', JSON.stringify(json))).failed).toBe(2)
  })

  test('a missing report is a failure, not an empty pass', () => {
    const totals = readVitestTotals(join(dir, 'nope.json'))
    expect(totals.failed).toBe(1)
    expect(totals.problem).toContain('nope.json')
  })

  test('an unreadable report is a failure naming the file', () => {
    const totals = readVitestTotals(report('broken.json', '{not json'))
    expect(totals.failed).toBe(1)
    expect(totals.problem).toContain('broken.json')
  })
})

test('summaryLine is the plain line CI reads', () => {
  expect(summaryLine({ passed: 7, failed: 2, skipped: 1 })).toBe('7 passed, 2 failed')
})

describe('countStep', () => {
  const green = { passed: 40, failed: 0, skipped: 2 }

  test.each([
    [0, { totals: { passed: 1, failed: 0, skipped: 0 }, ok: true }],
    [1, { totals: { passed: 0, failed: 1, skipped: 0 }, ok: false }],
    [null, { totals: { passed: 0, failed: 1, skipped: 0 }, ok: false }],
  ])('a check step that exits %s is one test', (status, expected) => {
    expect(countStep('check', status)).toEqual(expected)
  })

  test('a green Vitest run adds its totals', () => {
    expect(countStep('vitest', 0, green)).toEqual({
      totals: green,
      ok: true,
      detail: '40 passed, 0 failed, 2 skipped',
    })
  })

  test.each([1, null])(
    'a Vitest run that exits %s with no failure in its report counts as one failure',
    (status) => {
      const outcome = countStep('vitest', status, green)
      expect(outcome.ok).toBe(false)
      expect(outcome.totals).toEqual({ passed: 40, failed: 1, skipped: 2 })
      expect(outcome.detail).toContain('counted as one failure')
    },
  )

  test('failures in the report are counted as they are, not one more', () => {
    const outcome = countStep('vitest', 1, { passed: 3, failed: 2, skipped: 0 })
    expect(outcome).toMatchObject({ ok: false, totals: { passed: 3, failed: 2, skipped: 0 } })
  })

  test('a missing report keeps its one failure and names the problem', () => {
    const outcome = countStep('vitest', 1, readVitestTotals(join(dir, 'gone.json')))
    expect(outcome.totals.failed).toBe(1)
    expect(outcome.detail).toContain('gone.json')
  })

  test('any failed step means a non-zero failed total', () => {
    const steps = [
      countStep('check', 0),
      countStep('vitest', 1, { passed: 10, failed: 0, skipped: 0 }),
    ]
    const failed = steps.reduce((sum, s) => sum + s.totals.failed, 0)
    expect(steps.some((s) => !s.ok)).toBe(true)
    expect(summaryLine({ passed: 11, failed, skipped: 0 })).toBe('11 passed, 1 failed')
  })
})
