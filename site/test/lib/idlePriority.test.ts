import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { idlePriority, spawnAtIdlePriority } from '../../src/lib/process/idlePriority'

const dir = mkdtempSync(join(tmpdir(), 'idle-priority-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A folder holding an executable named chrt (never run), and one holding a chrt that cannot be run. */
const withChrt = join(dir, 'with')
const notExecutable = join(dir, 'not-executable')
for (const [folder, mode] of [
  [withChrt, 0o755],
  [notExecutable, 0o644],
] as const) {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder)
  writeFileSync(join(folder, 'chrt'), '#!/bin/sh\n')
  chmodSync(join(folder, 'chrt'), mode)
}

describe('idlePriority', () => {
  test('on Linux with chrt on the PATH, runs the command under the idle scheduling class', () => {
    const path = ['/nowhere', withChrt].join(':')
    expect(idlePriority('node', ['a.ts', 'b'], { platform: 'linux', path })).toEqual({
      command: join(withChrt, 'chrt'),
      args: ['--idle', '0', 'node', 'a.ts', 'b'],
      idle: true,
    })
  })

  test.each([
    ['another system', 'darwin', withChrt],
    ['no chrt on the PATH', 'linux', '/nowhere'],
    ['a chrt that cannot be run', 'linux', notExecutable],
  ])('with %s, gives the command as it is', (_, platform, path) => {
    expect(idlePriority('node', ['a.ts'], { platform: platform as NodeJS.Platform, path })).toEqual(
      {
        command: 'node',
        args: ['a.ts'],
        idle: false,
      },
    )
  })
})

/** The scheduling policy (5 is SCHED_IDLE) and nice value of a running process, from /proc. */
function scheduling(pid: number) {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return { nice: Number(fields[16]), policy: Number(fields[38]) }
}

describe.runIf(process.platform === 'linux')('spawnAtIdlePriority, on this machine', () => {
  const children: Array<{ kill(): boolean }> = []
  const path = process.env.PATH
  afterEach(() => {
    process.env.PATH = path
    for (const child of children.splice(0)) child.kill()
  })

  /** Starts a Node process that waits, and reads its scheduling once it runs. */
  async function started() {
    const child = spawnAtIdlePriority(process.execPath, [
      '-e',
      'console.log("up"); setTimeout(() => {}, 30000)',
    ])
    children.push(child)
    await new Promise((resolve) => child.stdout.once('data', resolve))
    return scheduling(child.pid!)
  }

  test('runs a command under SCHED_IDLE through chrt', async () => {
    expect((await started()).policy).toBe(5)
  })

  test('without chrt, runs it at nice 19 instead', async () => {
    process.env.PATH = '/nowhere'
    expect(await started()).toEqual({ nice: 19, policy: 0 })
  })
})
