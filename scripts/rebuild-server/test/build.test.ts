import { readFile, readdir, writeFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import {
  deliver,
  hashCurrent,
  standIn,
  startTestServer,
  status,
  tempDir,
  waitFor,
  closeAfter,
} from './helpers.ts'

const running = closeAfter()

describe('a build that does not succeed leaves current byte for byte as it was', () => {
  test.each([
    ['exits non-zero', 'fail', 'failed'],
    ['is killed with SIGKILL', 'kill', 'killed'],
    ['produces an empty output', 'empty', 'empty'],
    ['outlives BUILD_TIMEOUT_MS', 'hang', 'timeout'],
    ['stops before its search index is written', 'half-indexed', 'failed'],
  ])('a build that %s', async (_name, mode, outcome) => {
    const releasesDir = await tempDir()
    const modeFile = `${releasesDir}.mode`
    await writeFile(modeFile, 'ok')
    const server = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.byMode(modeFile),
      REBUILD_OUTPUT: `${releasesDir}.unused-output`,
      BUILD_TIMEOUT_MS: '500',
    })
    running.push(server)
    expect((await deliver(server.url, '{"_id":"a"}')).status).toBe(202)
    await server.service.idle()
    const live = (await status(server.url)).current
    expect(live).not.toBeNull()
    const before = await hashCurrent(releasesDir)

    await writeFile(modeFile, mode)
    expect((await deliver(server.url, '{"_id":"b"}')).status).toBe(202)
    await server.service.idle()

    const after = await status(server.url)
    expect(after).toMatchObject({
      buildsStarted: 2,
      buildsSucceeded: 1,
      buildsFailed: 1,
      current: live,
    })
    expect(after.lastBuild?.outcome).toBe(outcome)
    expect(await hashCurrent(releasesDir)).toBe(before)
    // The failed build's folder is gone, and whatever it left beside it; only the live release remains.
    const kept = ['logs', '.deliveries.jsonl']
    expect((await readdir(releasesDir)).filter((name) => !kept.includes(name))).toEqual(
      [live, 'current'].sort(),
    )
  })
})

test('a build killed from outside with SIGKILL leaves current unchanged', async () => {
  const releasesDir = await tempDir()
  const modeFile = `${releasesDir}.mode`
  const pidFile = `${releasesDir}.pid`
  await writeFile(modeFile, 'ok')
  const server = await startTestServer({
    RELEASES_DIR: releasesDir,
    REBUILD_COMMAND: `if [ "$(cat '${modeFile}')" = ok ]; then ${standIn.site('ok')}; else echo $$ > '${pidFile}'; printf half > "$DRIVKRAFT_OUT_DIR/index.html"; while true; do sleep 0.05; done; fi`,
  })
  running.push(server)
  expect((await deliver(server.url, '{}')).status).toBe(202)
  await server.service.idle()
  const before = await hashCurrent(releasesDir)
  await writeFile(modeFile, 'wait')
  expect((await deliver(server.url, '{"n":2}')).status).toBe(202)
  await waitFor(async () => (await readFile(pidFile, 'utf8').catch(() => '')).trim() !== '')
  process.kill(Number(await readFile(pidFile, 'utf8')), 'SIGKILL')
  await server.service.idle()
  expect((await status(server.url)).lastBuild).toMatchObject({
    outcome: 'killed',
    signal: 'SIGKILL',
  })
  expect(await hashCurrent(releasesDir)).toBe(before)
})

describe('releases', () => {
  test('keeps KEEP_RELEASES releases and never removes the live one', async () => {
    const releasesDir = await tempDir()
    const server = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_COMMAND: standIn.site('ok'),
      KEEP_RELEASES: '2',
    })
    running.push(server)
    const ids: string[] = []
    for (let i = 0; i < 4; i += 1) {
      expect((await deliver(server.url, `{"n":${i}}`)).status).toBe(202)
      await server.service.idle()
      ids.push((await status(server.url)).current ?? '')
    }
    expect(new Set(ids).size).toBe(4)
    const kept = (await readdir(releasesDir)).filter((name) => /^\d{8}T/.test(name)).sort()
    expect(kept).toEqual(ids.slice(-2))
    expect(server.events.filter((e) => e.event === 'release.prune')).toHaveLength(2)
  })

  test('copies REBUILD_OUTPUT when the command ignores DRIVKRAFT_OUT_DIR, but never a stale one', async () => {
    const releasesDir = await tempDir()
    const output = `${releasesDir}.out`
    const server = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_OUTPUT: output,
      REBUILD_COMMAND: `mkdir -p '${output}' && printf fresh > '${output}/index.html'`,
    })
    running.push(server)
    expect((await deliver(server.url, '{}')).status).toBe(202)
    await server.service.idle()
    expect((await status(server.url)).lastBuild?.outcome).toBe('succeeded')
    await server.close()
    running.pop()

    // Same output folder, but this command writes nothing: the old files must not go live again.
    const again = await startTestServer({
      RELEASES_DIR: releasesDir,
      REBUILD_OUTPUT: output,
      REBUILD_COMMAND: 'true',
    })
    running.push(again)
    const before = await hashCurrent(releasesDir)
    expect((await deliver(again.url, '{}')).status).toBe(202)
    await again.service.idle()
    expect((await status(again.url)).lastBuild?.outcome).toBe('empty')
    expect(await hashCurrent(releasesDir)).toBe(before)
  })
})
