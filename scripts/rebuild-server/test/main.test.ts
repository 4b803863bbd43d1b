import { mkdir, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { main, type CliIo } from '../main.ts'
import { memoryLogger } from '../log.ts'
import { tempDir } from './helpers.ts'

/** Captures what the CLI writes. */
function captureIo() {
  const io = { out: '', err: '', log: memoryLogger() }
  const cli: CliIo = {
    out: (text) => void (io.out += text),
    err: (text) => void (io.err += text),
    log: io.log,
  }
  return { io, cli }
}

/** A releases folder with three releases, the newest live. */
async function threeReleases() {
  const dir = await tempDir()
  const ids = ['20261126T080000000Z', '20261126T081000000Z', '20261126T082000000Z']
  for (const id of ids) {
    await mkdir(join(dir, id))
    await writeFile(join(dir, id, 'index.html'), id)
  }
  await symlink(ids[2] ?? '', join(dir, 'current'))
  return { dir, ids }
}

describe('rebuild-server CLI', () => {
  test('--help prints usage and every variable', async () => {
    const { io, cli } = captureIo()
    expect(await main(['--help'], {}, cli)).toBe(0)
    for (const name of [
      'SANITY_WEBHOOK_SECRET',
      'REBUILD_COMMAND',
      'KEEP_RELEASES',
      '--rollback',
      '--serve',
    ]) {
      expect(io.out).toContain(name)
    }
  })

  test('an unknown option exits 2 and names it', async () => {
    const { io, cli } = captureIo()
    expect(await main(['--rolback'], {}, cli)).toBe(2)
    expect(io.err).toContain('Unknown option --rolback')
  })

  test('bad configuration exits 1 with one line per bad value and starts nothing', async () => {
    const { io, cli } = captureIo()
    expect(await main(['--serve'], { PORT: 'x', SERVE_PORT: '-3' }, cli)).toBe(1)
    expect(io.err.split('\n').filter((line) => line.startsWith('  - '))).toEqual([
      expect.stringContaining('SANITY_WEBHOOK_SECRET is required'),
      expect.stringContaining('PORT="x"'),
      expect.stringContaining('SERVE_PORT="-3"'),
    ])
    expect(io.log.events).toEqual([])
  })

  test('--rollback points current at the previous release, then the one before', async () => {
    const { dir, ids } = await threeReleases()
    const { io, cli } = captureIo()
    expect(await main(['--rollback'], { RELEASES_DIR: dir }, cli)).toBe(0)
    expect(await readlink(join(dir, 'current'))).toBe(ids[1])
    expect(io.log.events).toEqual([{ event: 'release.rollback', from: ids[2], to: ids[1] }])
    expect(await main(['--rollback'], { RELEASES_DIR: dir }, cli)).toBe(0)
    expect(await readlink(join(dir, 'current'))).toBe(ids[0])
    expect(await main(['--rollback'], { RELEASES_DIR: dir }, cli)).toBe(1)
    expect(io.err).toContain(`Nothing to roll back to: ${ids[0]} is the oldest release kept.`)
    expect(await readlink(join(dir, 'current'))).toBe(ids[0])
  })

  test("--serve logs a failed page request with the server's own events, not to the visitor", async () => {
    const releases = await tempDir()
    await writeFile(join(releases, 'current'), 'not a symlink') // readCurrent throws: a 500
    const { io, cli } = captureIo()
    const env = { SANITY_WEBHOOK_SECRET: 's', RELEASES_DIR: releases, PORT: '0', SERVE_PORT: '0' }
    const running = await main(['--serve'], env, cli)
    if (typeof running === 'number') throw new Error(`main exited ${running}: ${io.err}`)
    try {
      const site = io.log.events.find((entry) => entry.event === 'site.listening')
      const response = await fetch(new URL('/tiltak/', String(site?.url)))
      expect(response.status).toBe(500)
      expect(await response.text()).not.toContain(releases)
      expect(io.log.events).toContainEqual(
        expect.objectContaining({ event: 'site.error', method: 'GET', path: '/tiltak/' }),
      )
    } finally {
      await running.close()
    }
  })

  test('--rollback without any release exits 1 and says why', async () => {
    const { io, cli } = captureIo()
    expect(await main(['--rollback'], { RELEASES_DIR: await tempDir() }, cli)).toBe(1)
    expect(io.err).toMatch(/Nothing to roll back: .*current does not exist/)
  })
})
