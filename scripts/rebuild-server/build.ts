import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { indexStagingPath, deferredRecordsPath } from '../../site/src/lib/search/deferredRecords'
import {
  activate,
  BUILD_PREFIX,
  countFiles,
  fsyncTree,
  listReleases,
  newestMtime,
  newReleaseId,
  prune,
  readCurrent,
} from './releases.ts'

/** How a build ended. Only `succeeded` changes what is live. */
export type BuildOutcome = 'succeeded' | 'failed' | 'timeout' | 'killed' | 'empty' | 'aborted'

/** What `GET /status` reports as `lastBuild` and the log reports as `build.end`. */
export interface BuildResult {
  id: string
  outcome: BuildOutcome
  startedAt: string
  durationMs: number
  exitCode: number | null
  signal: string | null
  /** Why a build did not go live; absent on success. */
  reason?: string
  /** The build's own stdout and stderr. */
  log: string
  /** Releases removed after a successful swap. */
  pruned?: string[]
  /** The release that was live before a successful swap. */
  previous?: string | null
}

/** What one build needs to know. */
export interface BuildOptions {
  command: string
  output: string
  releasesDir: string
  keepReleases: number
  timeoutMs: number
  /** Aborting kills the build (server shutdown); it then counts as `aborted`, not as a failure. */
  signal?: AbortSignal
  /** Called once the process runs, with the release id, so the caller can log the start. */
  onStart?: (id: string) => void
}

/** How long a build gets to exit after SIGTERM before the whole process group gets SIGKILL. */
const KILL_GRACE_MS = 5_000

/** How many build logs to keep; failed builds leave only their log behind. */
const KEEP_LOGS = 20

/** Sends a signal to the build's process group (npm, astro and their children), ignoring one already gone. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** Runs the command in its own process group and resolves how it ended. */
function runCommand(
  options: BuildOptions,
  buildDir: string,
  logFile: string,
): Promise<{
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  aborted: boolean
}> {
  return new Promise((resolve, reject) => {
    const fd = openSync(logFile, 'a')
    const child = spawn('/bin/sh', ['-c', options.command], {
      detached: true,
      stdio: ['ignore', fd, fd],
      // A release goes live, so it is a production build whatever NODE_ENV this server was started with (the
      // site's build refuses any other: site/src/integrations/productionBuild.ts).
      env: { ...process.env, NODE_ENV: 'production', DRIVKRAFT_OUT_DIR: buildDir },
    })
    closeSync(fd)
    let timedOut = false
    let aborted = false
    let graceTimer: NodeJS.Timeout | undefined
    const stop = (): void => {
      if (child.pid === undefined) return
      killGroup(child.pid, 'SIGTERM')
      graceTimer = setTimeout(() => child.pid && killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS)
    }
    const timer = setTimeout(() => {
      timedOut = true
      stop()
    }, options.timeoutMs)
    const onAbort = (): void => {
      aborted = true
      stop()
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (exitCode, signal) => {
      clearTimeout(timer)
      clearTimeout(graceTimer)
      options.signal?.removeEventListener('abort', onAbort)
      // A child the shell left running must not keep writing into a folder that may go live.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL')
      resolve({ exitCode, signal, timedOut, aborted })
    })
  })
}

/**
 * Copies `REBUILD_OUTPUT` into the build folder when the command ignored `DRIVKRAFT_OUT_DIR`, but only if the
 * command wrote it during this build: a stale folder from an earlier run must never go live as if it were new.
 */
async function adoptOutput(output: string, buildDir: string, startedMs: number): Promise<boolean> {
  if ((await countFiles(buildDir)) > 0) return true
  if ((await newestMtime(output)) < startedMs) return false
  await cp(output, buildDir, { recursive: true })
  return (await countFiles(buildDir)) > 0
}

/** Keeps the newest build logs and removes the rest. */
async function pruneLogs(logDir: string): Promise<void> {
  const logs = (await readdir(logDir)).filter((name) => name.endsWith('.log')).sort()
  for (const name of logs.slice(0, Math.max(0, logs.length - KEEP_LOGS))) {
    await rm(join(logDir, name), { force: true })
  }
}

/**
 * Runs one build into a fresh hidden folder inside the releases folder. Only exit 0 with at least one file
 * becomes a release and goes live; anything else removes its folder and leaves `current` untouched.
 */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const { releasesDir } = options
  const logDir = join(releasesDir, 'logs')
  await mkdir(logDir, { recursive: true })
  const started = new Date()
  const id = newReleaseId(started, new Set(await listReleases(releasesDir)))
  const buildDir = join(releasesDir, `${BUILD_PREFIX}${id}`)
  const log = join(logDir, `${id}.log`)
  await mkdir(buildDir)
  options.onStart?.(id)
  const base = { id, startedAt: started.toISOString(), log }
  const finish = (
    outcome: BuildOutcome,
    run: { exitCode: number | null; signal: string | null },
    extra: Partial<BuildResult> = {},
  ): BuildResult => ({
    ...base,
    outcome,
    durationMs: Date.now() - started.getTime(),
    exitCode: run.exitCode,
    signal: run.signal,
    ...extra,
  })
  try {
    const run = await runCommand(options, buildDir, log).catch((error: Error) => ({
      exitCode: null,
      signal: null,
      timedOut: false,
      aborted: false,
      spawnError: error.message,
    }))
    if ('spawnError' in run) return finish('failed', run, { reason: run.spawnError })
    if (run.aborted) return finish('aborted', run, { reason: 'server stopping' })
    if (run.timedOut) {
      return finish('timeout', run, { reason: `no exit within ${options.timeoutMs} ms` })
    }
    if (run.signal !== null) return finish('killed', run, { reason: `killed by ${run.signal}` })
    if (run.exitCode !== 0) return finish('failed', run, { reason: `exit code ${run.exitCode}` })
    if (!(await adoptOutput(options.output, buildDir, started.getTime()))) {
      return finish('empty', run, {
        reason: `no files in DRIVKRAFT_OUT_DIR nor a fresh ${options.output}`,
      })
    }
    await fsyncTree(buildDir)
    const previous = await readCurrent(releasesDir)
    await rename(buildDir, join(releasesDir, id))
    await activate(releasesDir, id)
    const pruned = await prune(releasesDir, options.keepReleases)
    return finish('succeeded', run, { previous, pruned })
  } finally {
    // With DRIVKRAFT_SEARCH_INDEX=after, a build stopped between its two steps leaves these beside its folder.
    for (const leftover of [
      buildDir,
      deferredRecordsPath(buildDir),
      `${deferredRecordsPath(buildDir)}.partial`,
      indexStagingPath(buildDir),
    ]) {
      await rm(leftover, { recursive: true, force: true })
    }
    await pruneLogs(logDir)
  }
}
