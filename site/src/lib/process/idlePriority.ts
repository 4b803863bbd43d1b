import {
  spawn,
  spawnSync,
  type ChildProcessWithoutNullStreams,
  type SpawnOptions,
} from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { setPriority } from 'node:os'
import { delimiter, join } from 'node:path'

/** A command line to start, and whether it runs under Linux's idle scheduling class. */
export interface Command {
  command: string
  args: string[]
  idle: boolean
}

/** The first executable `name` on `path` (a PATH value), or undefined. */
function onPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here; the next folder.
    }
  }
  return undefined
}

/** Whether `chrt -i 0` starts a process here: BusyBox's chrt and some sandboxes refuse the idle class. */
function chrtWorks(chrt: string): boolean {
  const probe = spawnSync(chrt, ['-i', '0', process.execPath, '-e', ''], {
    stdio: 'ignore',
    timeout: 10_000,
  })
  return probe.status === 0
}

/** `chrtWorks` per chrt, asked once per process. */
const working = new Map<string, boolean>()

/**
 * `command args…` started at the lowest CPU priority the system has, for work beside the build that must not
 * slow the build down: the search index, which Pagefind writes while Astro renders on a 2-core machine.
 *
 * On Linux it runs under `chrt -i 0` (util-linux or BusyBox), the idle scheduling class, which its children
 * inherit. The scheduler then counts a core that runs only idle work as free, so the render's own helper threads
 * (file writes, garbage collection) take that core instead of pre-empting the render. A nice value does not do
 * that (docs/performance.md, item 33). Elsewhere, without `chrt` on the PATH, or where it cannot start a process
 * in the idle class (tried once), the command is returned as it is (`idle: false`), and the caller may lower its
 * nice value once it has started.
 */
export function idlePriority(
  command: string,
  args: readonly string[],
  { platform = process.platform, path = process.env.PATH ?? '' } = {},
): Command {
  const chrt = platform === 'linux' ? onPath('chrt', path) : undefined
  if (chrt && !working.has(chrt)) working.set(chrt, chrtWorks(chrt))
  return chrt && working.get(chrt)
    ? { command: chrt, args: ['-i', '0', command, ...args], idle: true }
    : { command, args: [...args], idle: false }
}

/**
 * Starts `command args…` with piped stdin, stdout and stderr at the lowest priority there is (`idlePriority`);
 * where that is not Linux's idle class, at the highest nice value the system allows.
 */
export function spawnAtIdlePriority(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio'> = {},
): ChildProcessWithoutNullStreams {
  const started = idlePriority(command, args)
  const child = spawn(started.command, started.args, { ...options, stdio: 'pipe' })
  if (!started.idle && child.pid !== undefined) {
    try {
      setPriority(child.pid, 19)
    } catch {
      // Not allowed here: the command then runs at the caller's own priority.
    }
  }
  return child as ChildProcessWithoutNullStreams
}
