import { existsSync, readFileSync } from 'node:fs'

/** Test totals as the final line of `npm test` reports them. */
export interface Totals {
  passed: number
  failed: number
  skipped: number
}

/**
 * Reads Vitest's JSON report. A missing or unreadable report counts as one failure: a crashed run must never look
 * like a run with nothing to fail.
 */
export function readVitestTotals(file: string): Totals & { problem?: string } {
  if (!existsSync(file))
    return { passed: 0, failed: 1, skipped: 0, problem: `no Vitest report at ${file}` }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const count = (key: string) => (typeof report[key] === 'number' ? (report[key] as number) : 0)
    const failedSuites = count('numFailedTestSuites')
    const failedTests = count('numFailedTests')
    return {
      passed: count('numPassedTests'),
      // A suite that fails to load has no failed test of its own; count it so it cannot vanish.
      failed: failedTests + (failedTests === 0 ? failedSuites : 0),
      skipped: count('numPendingTests') + count('numTodoTests'),
    }
  } catch (error) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      problem: `unreadable Vitest report ${file}: ${(error as Error).message}`,
    }
  }
}

/** The one plain line CI reads. */
export function summaryLine(totals: Totals): string {
  return `${totals.passed} passed, ${totals.failed} failed`
}
