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
 *
 * Failed tests are counted one each; on top of them, each test file that failed without a failed test of its own
 * (it did not load or collect, a `beforeAll` threw, it found no test) counts as one failure, so a broken file cannot
 * hide behind another file's failing test.
 */
export function readVitestTotals(file: string): Totals & { problem?: string } {
  if (!existsSync(file))
    return { passed: 0, failed: 1, skipped: 0, problem: `no Vitest report at ${file}` }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const count = (key: string) => (typeof report[key] === 'number' ? (report[key] as number) : 0)
    const failedTests = count('numFailedTests')
    return {
      passed: count('numPassedTests'),
      failed: failedTests + failedFilesWithoutFailedTest(report, failedTests),
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

/**
 * Test files marked failed with no failed assertion among their results. Without `testResults` (an older or
 * foreign report) only `numFailedTestSuites` is left; it counts describe blocks too, and every suite holding a
 * failed test, so it is used only when no test failed, where it can count nothing twice.
 */
function failedFilesWithoutFailedTest(
  report: Record<string, unknown>,
  failedTests: number,
): number {
  const files = report.testResults
  if (!Array.isArray(files)) {
    const failedSuites =
      typeof report.numFailedTestSuites === 'number' ? report.numFailedTestSuites : 0
    return failedTests === 0 ? failedSuites : 0
  }
  return files.filter((entry: unknown) => {
    const file = entry as { status?: unknown; assertionResults?: unknown }
    if (file.status !== 'failed') return false
    const tests = Array.isArray(file.assertionResults) ? file.assertionResults : []
    return !tests.some((test: unknown) => (test as { status?: unknown }).status === 'failed')
  }).length
}

/** One step's contribution to the totals, and whether the step passed. */
export interface StepOutcome {
  totals: Totals
  ok: boolean
  detail?: string
}

/**
 * Counts one step. A check step is one test, passed when it exits 0. A Vitest step adds its report's totals; when it
 * exits non-zero with nothing counted as failed (an unhandled error, a crash after the report), the step itself
 * counts as one failure, so a failing run can never print "0 failed". `status` is `null` when a signal ended it.
 */
export function countStep(
  kind: 'check' | 'vitest',
  status: number | null,
  vitest?: Totals & { problem?: string },
): StepOutcome {
  if (kind === 'check') {
    return status === 0
      ? { totals: { passed: 1, failed: 0, skipped: 0 }, ok: true }
      : { totals: { passed: 0, failed: 1, skipped: 0 }, ok: false }
  }
  const counted = vitest ?? { passed: 0, failed: 1, skipped: 0, problem: 'no Vitest report read' }
  const exitOnly = status !== 0 && counted.failed === 0
  const totals = {
    passed: counted.passed,
    failed: exitOnly ? 1 : counted.failed,
    skipped: counted.skipped,
  }
  const counts = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`
  const detail =
    counted.problem ??
    (exitOnly
      ? `${counts} (exit ${status ?? 'by signal'} with no failed test in the report: counted as one failure)`
      : counts)
  return { totals, ok: status === 0 && totals.failed === 0, detail }
}

/** The one plain line CI reads. */
export function summaryLine(totals: Totals): string {
  return `${totals.passed} passed, ${totals.failed} failed`
}
