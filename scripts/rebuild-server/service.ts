import { runBuild, type BuildResult } from './build.ts'
import type { RebuildConfig } from './config.ts'
import { DeliveryJournal } from './journal.ts'
import type { Logger } from './log.ts'
import { BuildQueue } from './queue.ts'
import { cleanLeftovers, readCurrent } from './releases.ts'

/** The `GET /status` body, exactly as docs/publishing.md (Rebuild server) documents it. */
export interface RebuildStatus {
  state: 'idle' | 'building'
  pending: boolean
  buildsStarted: number
  buildsSucceeded: number
  buildsFailed: number
  current: string | null
  lastBuild: Omit<BuildResult, 'log' | 'pruned' | 'previous'> | null
}

/** What accepting a verified delivery did. */
export type AcceptOutcome =
  { duplicate: true } | { duplicate: false; seq: number; build: 'started' | 'pending' }

/**
 * Ties the journal, the queue and the build runner together: the part of the server that knows nothing of HTTP.
 */
export class RebuildService {
  private readonly journal: DeliveryJournal
  private readonly queue: BuildQueue
  private readonly abort = new AbortController()
  private started = 0
  private succeeded = 0
  private failed = 0
  private last: BuildResult | null = null

  /** Opens the journal in `RELEASES_DIR`; call `start()` to clean up and build what is pending. */
  constructor(
    private readonly config: RebuildConfig,
    private readonly log: Logger,
  ) {
    this.journal = new DeliveryJournal(config.releasesDir)
    this.queue = new BuildQueue(() => this.build())
  }

  /** Removes leftovers of an interrupted run and builds at once when a delivery was pending at shutdown. */
  async start(): Promise<void> {
    const removed = await cleanLeftovers(this.config.releasesDir)
    if (removed.length > 0) this.log('leftovers.removed', { removed })
    if (this.journal.pending) {
      this.log('pending.resumed', { delivery: this.journal.latest })
      this.queue.request()
    }
  }

  /** Records a verified delivery durably (before the caller answers 202) and asks for a build. */
  accept(idempotencyKey: string | null): AcceptOutcome {
    if (idempotencyKey !== null && this.journal.seen(idempotencyKey)) return { duplicate: true }
    const seq = this.journal.recordDelivery(idempotencyKey)
    return { duplicate: false, seq, build: this.queue.request() }
  }

  /** The current state for `GET /status`. */
  async status(): Promise<RebuildStatus> {
    const lastBuild = this.last === null ? null : withoutInternals(this.last)
    return {
      state: this.queue.running ? 'building' : 'idle',
      pending: this.queue.pending,
      buildsStarted: this.started,
      buildsSucceeded: this.succeeded,
      buildsFailed: this.failed,
      current: await readCurrent(this.config.releasesDir),
      lastBuild,
    }
  }

  /** Resolves when no build runs or waits. */
  idle(): Promise<void> {
    return this.queue.idle()
  }

  /** Kills a running build (its deliveries stay pending on disk) and closes the journal. */
  async stop(): Promise<void> {
    const stopping = this.queue.stop()
    this.abort.abort()
    await stopping
    this.journal.close()
  }

  private async build(): Promise<void> {
    // Captured before the command starts: deliveries after this point still need a build after this one.
    const covered = this.journal.latest
    this.started += 1
    let result: BuildResult
    try {
      result = await runBuild({
        command: this.config.command,
        output: this.config.output,
        releasesDir: this.config.releasesDir,
        keepReleases: this.config.keepReleases,
        timeoutMs: this.config.buildTimeoutMs,
        signal: this.abort.signal,
        onStart: (id) => this.log('build.start', { id, covers: covered }),
      })
    } catch (error) {
      this.failed += 1
      this.log('build.error', { message: (error as Error).message })
      this.journal.recordBuilt(covered)
      return
    }
    this.last = result
    const { id, outcome, durationMs, exitCode, signal, reason, log } = result
    this.log('build.end', { id, outcome, durationMs, exitCode, signal, reason, log })
    if (outcome === 'aborted') return
    if (outcome === 'succeeded') {
      this.succeeded += 1
      this.log('release.swap', { from: result.previous ?? null, to: id })
      if (result.pruned?.length) this.log('release.prune', { removed: result.pruned })
    } else {
      this.failed += 1
    }
    this.journal.recordBuilt(covered)
  }
}

/** Drops the fields that are for the log, not for `/status`. */
function withoutInternals(result: BuildResult): RebuildStatus['lastBuild'] {
  const { log: _log, pruned: _pruned, previous: _previous, ...rest } = result
  return rest
}
