import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { BUILD_ENV, shellAssignments } from '../../buildEnv'

const siteDir = join(import.meta.dirname, '../..')

/** Starts Node with `env`, has rolldown bundle a module, and returns what mimalloc says it read. */
function mimallocOptions(env: Record<string, string>): string {
  const script = `
    const { rolldown } = await import('rolldown')
    const bundle = await rolldown({
      input: 'entry',
      plugins: [{ name: 'inline', resolveId: (id) => id, load: () => 'export default 1' }],
    })
    await bundle.generate()
    await bundle.close()`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: siteDir,
    env: { ...process.env, ...env, MIMALLOC_VERBOSE: '1' },
    encoding: 'utf8',
  })
  expect(child.status, child.stderr).toBe(0)
  return child.stderr + child.stdout
}

describe('the build environment', () => {
  test("site/package.json's build script sets it in front of astro build", () => {
    const scripts = JSON.parse(readFileSync(join(siteDir, 'package.json'), 'utf8')).scripts
    expect(scripts.build).toMatch(new RegExp(`^${shellAssignments()} astro build( |$)`))
    expect(shellAssignments({ A: '1', B: 'x' })).toBe('A=1 B=x')
  })

  test("rolldown's allocator reads it when it loads: its purge delay is 0 instead of its default", () => {
    const optionLine = /option 'purge_delay': (\d+)/
    const byDefault = mimallocOptions({}).match(optionLine)?.[1]
    expect(byDefault).toMatch(/^\d+$/)
    expect(byDefault).not.toBe(BUILD_ENV.MIMALLOC_PURGE_DELAY)
    expect(mimallocOptions(BUILD_ENV).match(optionLine)?.[1]).toBe(BUILD_ENV.MIMALLOC_PURGE_DELAY)
  })
})
