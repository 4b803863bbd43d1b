import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'

// `npm run search-index` runs this file on Node's own TypeScript support, without a loader, so everything it
// imports must be strippable; Vitest's own transform would hide a file that is not.
const cli = join(import.meta.dirname, '../cli.ts')
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })

test('runs on plain Node: --help prints the usage and exits 0', () => {
  const result = run('--help')
  expect(result.stderr).not.toContain('ERR_')
  expect(result.status).toBe(0)
  expect(result.stdout).toMatch(/^Usage: npm run search-index/)
})

test('a missing value names the option, shows the usage and exits 2', () => {
  const result = run('--dist')
  expect(result.status).toBe(2)
  expect(result.stderr).toContain("Option '--dist <value>' argument missing")
  expect(result.stderr).toContain('Usage: npm run search-index')
})
