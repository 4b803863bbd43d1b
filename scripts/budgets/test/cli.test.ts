import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'

// `npm run budgets` runs this file on Node's own TypeScript support: everything it imports must be strippable.
const cli = join(import.meta.dirname, '../cli.ts')
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })

/** A built site of one page: `/` with `body` inside its `<body>`. */
function site(body: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'budgets-cli-'))
  mkdirSync(dist, { recursive: true })
  writeFileSync(
    join(dist, 'index.html'),
    `<!DOCTYPE html><html lang="nb"><head><title>T</title></head><body>${body}</body></html>`,
  )
  return dist
}

test('runs on plain Node: --help prints the usage', () => {
  const result = run('--help')
  expect(result.stderr).not.toContain('ERR_')
  expect(result.status).toBe(0)
  expect(result.stdout).toMatch(/^Usage: npm run budgets/)
})

test('a site within every budget passes', () => {
  const result = run(site('<main><a href="/om/">Om</a></main>'))
  expect(result.status).toBe(0)
  expect(result.stdout).toContain('0 budget violation(s)')
})

test('a page with JavaScript where none is allowed fails and is named', () => {
  const result = run(site('<script>document.title = "x"</script>'))
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('/ ships 1 script(s) (inline)')
  expect(result.stdout).toContain('1 budget violation(s)')
})

test('a folder with no build says so and fails', () => {
  const missing = join(tmpdir(), 'budgets-cli-missing', 'dist')
  const result = run(missing)
  expect(result.status).toBe(1)
  expect(result.stderr).toContain(`no built site in ${missing}`)
})
