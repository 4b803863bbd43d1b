import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { deliver, standIn, status, tempDir, waitFor, SECRET } from './helpers.ts'

const root = join(import.meta.dirname, '../../..')

/** Runs the real entry file in one Node process (tsx as a loader, so signals reach the server itself). */
function startCli(env: Record<string, string>, args: string[] = []) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/rebuild-server/cli.ts', ...args],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, exited, out: () => stdout, err: () => stderr }
}

describe('cli.ts', () => {
  test('exits 1 with a message per bad variable', async () => {
    const cli = startCli({ PORT: 'abc' })
    expect(await cli.exited).toBe(1)
    expect(cli.err()).toContain('SANITY_WEBHOOK_SECRET is required')
    expect(cli.err()).toContain('PORT="abc" is not a whole number')
  })

  test('serves, logs JSON lines, and on SIGTERM kills the build and keeps the delivery pending', async () => {
    const releasesDir = await tempDir()
    const cli = startCli({
      SANITY_WEBHOOK_SECRET: SECRET,
      PORT: '0',
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.gated(`${releasesDir}.never`),
    })
    await waitFor(() => cli.out().includes('server.listening'), 30_000)
    const url = (JSON.parse(cli.out().split('\n')[0] ?? '{}') as { url: string }).url
    expect((await deliver(url, '{"_id":"x"}')).status).toBe(202)
    expect((await status(url)).state).toBe('building')
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    const events = cli
      .out()
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { event: string }).event)
    expect(events).toEqual([
      'server.listening',
      'delivery.accepted',
      'build.start',
      'build.end',
      'server.stopped',
    ])
    const restarted = startCli({
      SANITY_WEBHOOK_SECRET: SECRET,
      PORT: '0',
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.site('after restart'),
    })
    await waitFor(() => restarted.out().includes('release.swap'), 30_000)
    restarted.child.kill('SIGTERM')
    expect(await restarted.exited).toBe(0)
    expect(restarted.out()).toContain('"event":"pending.resumed"')
  })
})
