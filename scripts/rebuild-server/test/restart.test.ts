import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { deliver, standIn, startTestServer, status, tempDir } from './helpers.ts'

describe('a pending delivery survives a restart', () => {
  test('a server stopped mid-build with a delivery pending builds on the next start', async () => {
    const releasesDir = await tempDir()
    const never = `${releasesDir}.never-opened`
    const first = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.gated(never),
    })
    expect((await deliver(first.url, '{"_id":"a"}', { key: 'a' })).status).toBe(202)
    expect((await deliver(first.url, '{"_id":"b"}', { key: 'b' })).status).toBe(202)
    expect(await status(first.url)).toMatchObject({ state: 'building', pending: true })
    await first.close()
    expect(first.events.find((e) => e.event === 'build.end')?.outcome).toBe('aborted')

    const second = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.site('after'),
    })
    expect(second.events.map((e) => e.event)).toContain('pending.resumed')
    await second.service.idle()
    expect(await status(second.url)).toMatchObject({ buildsStarted: 1, buildsSucceeded: 1 })
    expect(await readFile(join(releasesDir, 'current', 'index.html'), 'utf8')).toBe('after')
    // The keys accepted before the restart are still known.
    expect((await deliver(second.url, '{"_id":"a"}', { key: 'a' })).status).toBe(200)
    await second.close()

    const third = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.site('x'),
    })
    await third.service.idle()
    expect((await status(third.url)).buildsStarted).toBe(0)
    await third.close()
  })
})
