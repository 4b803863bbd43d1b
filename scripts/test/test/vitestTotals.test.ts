import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readVitestTotals, summaryLine } from '../vitestTotals.ts'

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
