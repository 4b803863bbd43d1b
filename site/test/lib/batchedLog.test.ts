import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { stripVTControlCharacters as plain } from 'node:util'
import type { AstroLoggerMessage } from 'astro'
import nodeDestination from 'astro/logger/node'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { batchedDestination, FLUSH_CHARS, FLUSH_MS } from '../../src/lib/log/batchedLog'

const event = (message: string, more: Partial<AstroLoggerMessage> = {}): AstroLoggerMessage => ({
  label: 'build',
  level: 'info',
  message,
  newLine: true,
  ...more,
})

/**
 * A stream that keeps each write it gets, as plain text: whether the lines are coloured depends on where the
 * tests run (piccolore, as Astro, colours them when CI is set), which the first test covers.
 */
function stream(keep: (text: string) => string = plain) {
  const writes: string[] = []
  return { writes, write: (text: string) => writes.push(keep(text)) }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date(2026, 10, 27, 14, 3, 59, 200))
})
afterEach(() => vi.useRealTimers())

describe('the lines', () => {
  // What Astro does per page, at startup and on failure: these are the shapes its log takes.
  const events = [
    event('Building static entrypoints...'),
    event('  ├─ /prosjekt/a/index.html', { label: null, newLine: false }),
    event(' (+3ms) ', { label: 'SKIP_FORMAT' }),
    event('A page has no title', { level: 'warn' }),
    event('Build failed', { level: 'error', label: null }),
  ]

  test("are Astro's own Node destination's, byte for byte, colours included", () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const astro = nodeDestination()
    for (const e of events) astro.write(e)
    const astroOut = out.mock.calls.map(([text]) => text).join('')
    const astroErr = err.mock.calls.map(([text]) => text).join('')
    out.mockRestore()
    err.mockRestore()

    const raw = (text: string) => text
    const stdout = stream(raw)
    const stderr = stream(raw)
    const ours = batchedDestination({ stdout, stderr })
    for (const e of events) ours.write(e)
    ours.flush()
    expect(stdout.writes.join('')).toBe(astroOut)
    expect(stderr.writes.join('')).toBe(astroErr)
    expect(plain(astroOut)).toContain('14:03:59 [WARN] [build] A page has no title\n')
    expect(plain(astroErr)).toBe('14:03:59 [ERROR] Build failed\n')
  })

  test('take the time of each line, to the second', () => {
    let now = new Date(2026, 10, 27, 9, 5, 1, 900).getTime()
    const stdout = stream()
    const log = batchedDestination({ stdout, now: () => now })
    log.write(event('first'))
    now += 50
    log.write(event('same second'))
    now += 100
    log.write(event('next second'))
    log.flush()
    expect(stdout.writes.join('')).toBe(
      '09:05:01 [build] first\n09:05:01 [build] same second\n09:05:02 [build] next second\n',
    )
  })

  test('below the level are left out, as in Astro', () => {
    const stdout = stream()
    const log = batchedDestination({ level: 'warn', stdout })
    log.write(event('info is left out'))
    log.write(event('a warning is kept', { level: 'warn' }))
    log.flush()
    expect(stdout.writes).toEqual(['14:03:59 [WARN] [build] a warning is kept\n'])
  })
})

describe('the batches', () => {
  test(`wait up to ${FLUSH_MS} ms, then go out in one write`, () => {
    const stdout = stream()
    const log = batchedDestination({ stdout })
    log.write(event('one'))
    log.write(event('two'))
    vi.advanceTimersByTime(FLUSH_MS - 1)
    expect(stdout.writes).toEqual([])
    vi.advanceTimersByTime(1)
    expect(stdout.writes).toEqual(['14:03:59 [build] one\n14:03:59 [build] two\n'])
    vi.advanceTimersByTime(10 * FLUSH_MS)
    expect(stdout.writes).toHaveLength(1)
  })

  test(`go out at once when ${FLUSH_CHARS} characters wait`, () => {
    const stdout = stream()
    const log = batchedDestination({ stdout })
    const long = 'x'.repeat(FLUSH_CHARS / 2)
    log.write(event(long))
    expect(stdout.writes).toEqual([])
    log.write(event(long))
    expect(stdout.writes).toHaveLength(1)
    expect(stdout.writes[0]).toHaveLength(2 * `14:03:59 [build] ${long}\n`.length)
  })

  test('go out before an error, which is written at once on stderr', () => {
    const stdout = stream()
    const stderr = stream()
    const order: string[] = []
    const log = batchedDestination({
      stdout: { write: (text: string) => order.push(`out:${plain(text)}`) && stdout.write(text) },
      stderr: { write: (text: string) => order.push(`err:${plain(text)}`) && stderr.write(text) },
    })
    log.write(event('rendering'))
    log.write(event('Could not render /a/', { level: 'error' }))
    expect(order).toEqual([
      'out:14:03:59 [build] rendering\n',
      'err:14:03:59 [ERROR] [build] Could not render /a/\n',
    ])
  })
})

test('a process that exits writes what waits', () => {
  vi.useRealTimers()
  const module = join(import.meta.dirname, '../../src/lib/log/batchedLog.ts')
  // Output to a pipe, as in CI: the batched destination. Its timer does not keep the process running, so the line
  // reaches the pipe only through the exit handler.
  const script = `
    const { default: batchedLog } = await import(${JSON.stringify(module)})
    const log = batchedLog()
    log.write({ label: 'build', level: 'info', message: 'last words', newLine: true })`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(import.meta.dirname, '../..'),
    encoding: 'utf8',
    timeout: 30_000,
  })
  expect(child.stderr).toBe('')
  expect(child.status).toBe(0)
  expect(plain(child.stdout)).toMatch(/^\d\d:\d\d:\d\d \[build\] last words\n$/)
})
