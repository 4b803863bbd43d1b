import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { idlePriority, spawnAtIdlePriority } from '../../src/lib/process/idlePriority'

const dir = mkdtempSync(join(tmpdir(), 'idle-priority-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A folder holding a chrt made of `script` with file mode `mode`. */
function chrtIn(name: string, script: string, mode = 0o755): string {
  const folder = join(dir, name)
  mkdirSync(folder)
  writeFileSync(join(folder, 'chrt'), `#!/bin/sh\n${script}\n`)
  chmodSync(join(folder, 'chrt'), mode)
  return folder
}

// Each a folder of its own: idlePriority tries a chrt once per path and remembers the answer.
const accepting = chrtIn('accepting', 'exit 0')
const refusing = chrtIn('refusing', 'echo "chrt: unrecognized option" >&2; exit 1')
const notExecutable = chrtIn('not-executable', 'exit 0', 0o644)

describe('idlePriority', () => {
  test('on Linux with a chrt that starts idle processes, runs the command in the idle class', () => {
    const path = ['/nowhere', accepting].join(delimiter)
    expect(idlePriority('node', ['a.ts', 'b'], { platform: 'linux', path })).toEqual({
      command: join(accepting, 'chrt'),
      args: ['-i', '0', 'node', 'a.ts', 'b'],
      idle: true,
    })
  })

  test.each([
    ['another system', 'darwin', accepting],
    ['no chrt on the PATH', 'linux', '/nowhere'],
    ['a chrt that cannot be run', 'linux', notExecutable],
    ['a chrt that refuses the idle class (BusyBox, a sandbox)', 'linux', refusing],
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

/** Whether this machine's own chrt starts a process in the idle class. */
const idleClassHere =
  process.platform === 'linux' &&
  spawnSync('chrt', ['-i', '0', process.execPath, '-e', ''], { stdio: 'ignore' }).status === 0

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
    await new Promise((resolve, reject) => {
      child.stdout.once('data', resolve)
      child.once('exit', (code) => reject(new Error(`the process exited (${code}) before it ran`)))
    })
    return scheduling(child.pid!)
  }

  test.runIf(idleClassHere)('runs a command under SCHED_IDLE through chrt', async () => {
    expect((await started()).policy).toBe(5)
  })

  test('without chrt, runs it at nice 19 instead', async () => {
    process.env.PATH = '/nowhere'
    expect(await started()).toEqual({ nice: 19, policy: 0 })
  })
})
