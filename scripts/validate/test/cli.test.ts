import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { bundledDocuments, writeTempDataset } from './fixtures'

/** Runs the real CLI the way `npm run validate -- FILE` does. */
function runCli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/validate/cli.ts', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const senja = bundledDocuments().find((doc) => doc._id === 'organisation.visit-senja')!
const line = (patch: Record<string, unknown>) => JSON.stringify({ ...senja, ...patch })

describe('npm run validate', () => {
  test('--help explains usage and exits 0', () => {
    const { code, stdout } = runCli('--help')
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: npm run validate [-- FILE]')
  })

  test('warnings are printed but do not fail the run', () => {
    const file = writeTempDataset('warning.ndjson', [line({ name: 'Senja reiseliv' })])
    const { code, stdout } = runCli(file)
    expect(stdout).toContain('warning  organisation.visit-senja · slug · ')
    expect(stdout).toContain(`OK: ${file}: 1 documents, 0 errors, 1 warnings`)
    expect(code).toBe(0)
  })

  test('an invalid document prints "id · path · message", a malformed line "file:line", and it exits 1', () => {
    const file = writeTempDataset('invalid.ndjson', [
      line({ description: 'Lorem ipsum dolor sit amet' }),
      'not json at all',
    ])
    const { code, stdout } = runCli(file)
    expect(stdout).toMatch(/error {2}organisation\.visit-senja · description · .*plassholderen/)
    expect(stdout).toContain(`${file}:2 · invalid JSON`)
    expect(stdout).toContain(`FAILED: ${file}: 1 documents, 2 errors, 0 warnings`)
    expect(code).toBe(1)
  })
})
