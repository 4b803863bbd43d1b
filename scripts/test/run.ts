import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { STEPS, VITEST_REPORT } from './steps.ts'
import { countStep, readVitestTotals, summaryLine, type Totals } from './vitestTotals.ts'

const HELP = `npm test [-- --only id,id] [-- --skip id,id]

Runs every check of the project and all Vitest suites, then prints one line "N passed, N failed".
Steps: ${STEPS.map((s) => s.id).join(', ')}.
Each check step counts as one test. Vitest counts each test, and each test file that fails without a failed
test of its own; a Vitest run that exits non-zero with nothing counted failed counts as one failure.
Exit code 1 when anything failed.`

function parseList(args: string[], flag: string): Set<string> | undefined {
  const index = args.indexOf(flag)
  if (index === -1) return undefined
  const value = args[index + 1]
  if (!value) throw new Error(`${flag} needs a comma-separated list of step ids`)
  const ids = new Set(value.split(','))
  for (const id of ids) {
    if (!STEPS.some((s) => s.id === id)) throw new Error(`${flag}: unknown step "${id}"`)
  }
  return ids
}

function main(args: string[]): number {
  if (args.includes('--help')) {
    console.log(HELP)
    return 0
  }
  const only = parseList(args, '--only')
  const skip = parseList(args, '--skip') ?? new Set<string>()
  const steps = STEPS.filter((s) => (only ? only.has(s.id) : !skip.has(s.id)))

  mkdirSync('.test-results', { recursive: true })
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 }
  const results: { id: string; ok: boolean; seconds: number; detail?: string }[] = []

  for (const step of steps) {
    console.log(`\n▶ ${step.title}  (${step.command})`)
    // A report left by an earlier Vitest step must not stand in for this one's.
    if (step.kind === 'vitest') rmSync(VITEST_REPORT, { force: true })
    const started = performance.now()
    const { status } = spawnSync(step.command, { stdio: 'inherit', shell: true, env: process.env })
    const seconds = Math.round((performance.now() - started) / 100) / 10
    const outcome = countStep(
      step.kind,
      status,
      step.kind === 'vitest' ? readVitestTotals(VITEST_REPORT) : undefined,
    )
    totals.passed += outcome.totals.passed
    totals.failed += outcome.totals.failed
    totals.skipped += outcome.totals.skipped
    results.push({ id: step.id, ok: outcome.ok, seconds, detail: outcome.detail })
  }

  console.log('\nSummary')
  for (const r of results) {
    console.log(
      `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.id.padEnd(14)} ${String(r.seconds).padStart(6)} s  ${r.detail ?? ''}`,
    )
  }
  writeFileSync(
    '.test-results/summary.json',
    JSON.stringify({ ...totals, steps: results }, null, 2),
  )
  console.log(summaryLine(totals))
  return totals.failed === 0 && results.every((r) => r.ok) ? 0 : 1
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(`npm test: ${(error as Error).message}`)
  process.exitCode = 2
}
