import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { failIfAbandoned } from '../../src/lib/process/failIfAbandoned'

const MODULE = join(import.meta.dirname, '../../src/lib/process/failIfAbandoned.ts')

/** Runs a script in a fresh Node (through tsx, as npm scripts do) and returns its exit code and output. */
function runNode(script: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('failIfAbandoned', () => {
  test('passes a result or an error through, and stops listening afterwards', async () => {
    const before = process.listenerCount('beforeExit')
    await expect(failIfAbandoned(Promise.resolve(42), 'x')).resolves.toBe(42)
    await expect(failIfAbandoned(Promise.reject(new Error('boom')), 'x')).rejects.toThrow('boom')
    expect(process.listenerCount('beforeExit')).toBe(before)
  })

  test('a promise nothing will ever settle fails the process instead of letting it exit 0', () => {
    // Shaped like Astro's bin: main().then(exit 0), with the hook awaiting a promise nothing will settle.
    const script = `
      import(${JSON.stringify(MODULE)}).then(({ failIfAbandoned }) =>
        failIfAbandoned(new Promise(() => {}), 'Pagefind stopped before the index was written').then(
          () => console.log('finished'),
          (error) => {
            console.error(error.message)
            process.exitCode = 1
          },
        ),
      )`
    const { status, output } = runNode(script)
    expect(output).toContain('Pagefind stopped before the index was written')
    expect(output).not.toContain('finished')
    expect(status).toBe(1)
  })

  test('without it, the same process exits 0 having done nothing', () => {
    const { status, output } = runNode(`new Promise(() => {}).then(() => console.log('finished'))`)
    expect(output).not.toContain('finished')
    expect(status).toBe(0)
  })
})
