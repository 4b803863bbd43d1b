import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { sampleTree } from './processTree.ts'

/** What one measured command run produced. */
export interface MeasuredRun {
  exitCode: number
  wallMs: number
  /** Highest summed RSS of the process tree seen while it ran (sampled). */
  peakRssBytes: number
  /**
   * User plus system CPU time of the command and every child it waited for (GNU time), when GNU time exists. On a
   * shared machine it moves far less than wall time, because waiting for a core is not counted.
   */
  cpuMs?: number
  /**
   * CPU time per command name (`/proc/<pid>/stat`'s comm) over every process of the tree, as last sampled before
   * each process ended: it misses at most one interval of each. Tells the search indexer's share from Astro's.
   */
  cpuMsByCommand: Record<string, number>
  output: string
}

/** A command to run: argv, working directory and extra environment. */
export interface Command {
  argv: string[]
  cwd: string
  /** The cwd is scratch space for this run only: created before and removed after. */
  ownCwd?: boolean
  env?: Record<string, string>
}

const GNU_TIME = '/usr/bin/time'
const MAXRSS_MARK = '__bench_maxrss_kb__'

/**
 * Runs a command and measures its wall time and the peak RSS of its whole process tree by polling /proc every
 * `pollMs`. Polling misses runs shorter than one interval, so where GNU time exists the command runs under it and
 * its maximum RSS (the largest single process) is a floor. Output is kept for the log, never parsed for pass/fail.
 */
export function runMeasured(command: Command, pollMs = 100): Promise<MeasuredRun> {
  return new Promise((resolvePromise, reject) => {
    const argv = existsSync(GNU_TIME)
      ? [GNU_TIME, '-f', `${MAXRSS_MARK} %M %U %S`, ...command.argv]
      : command.argv
    const [file, ...args] = argv
    if (!file) throw new Error('runMeasured needs a command')
    const started = performance.now()
    const child = spawn(file, args, {
      cwd: command.cwd,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    let peak = 0
    const lastCpu = new Map<number, { comm: string; cpuMs: number }>()
    const sample = (): void => {
      if (child.pid === undefined) return
      const { rssBytes, cpuMsByPid } = sampleTree(child.pid)
      peak = Math.max(peak, rssBytes)
      for (const [pid, cpu] of cpuMsByPid) lastCpu.set(pid, cpu)
    }
    const timer = setInterval(sample, pollMs)
    child.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearInterval(timer)
      const wallMs = performance.now() - started
      const text = Buffer.concat(chunks).toString('utf8')
      const cpuMsByCommand: Record<string, number> = {}
      for (const { comm, cpuMs } of lastCpu.values())
        cpuMsByCommand[comm] = (cpuMsByCommand[comm] ?? 0) + cpuMs
      const mark = new RegExp(`^${MAXRSS_MARK} (\\d+) ([\\d.]+) ([\\d.]+)$`, 'm').exec(text)
      resolvePromise({
        exitCode: code ?? 1,
        wallMs,
        peakRssBytes: Math.max(peak, mark ? Number(mark[1]) * 1024 : 0),
        ...(mark ? { cpuMs: (Number(mark[2]) + Number(mark[3])) * 1000 } : {}),
        cpuMsByCommand,
        output: text.replace(new RegExp(`^${MAXRSS_MARK} .*\\n?`, 'm'), ''),
      })
    })
  })
}
