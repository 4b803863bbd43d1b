/** What a build request did: started a build, or left one pending behind the running one. */
export type RequestOutcome = 'started' | 'pending'

/**
 * At most one build runs and at most one waits. Requests during a build collapse into a single follow-up that
 * starts when the running one ends, so every request is followed by a build that starts after it arrived.
 */
export class BuildQueue {
  private current: Promise<void> | null = null
  private waiting = false
  private stopped = false
  private readonly idleWaiters: Array<() => void> = []

  /** `build` runs one build; its errors are the caller's to log, the queue only keeps going. */
  constructor(private readonly build: () => Promise<void>) {}

  /** True while a build runs. */
  get running(): boolean {
    return this.current !== null
  }

  /** True when a follow-up build waits for the running one. */
  get pending(): boolean {
    return this.waiting
  }

  /** Asks for a build that starts no earlier than now. */
  request(): RequestOutcome {
    if (this.current !== null) {
      this.waiting = true
      return 'pending'
    }
    this.start()
    return 'started'
  }

  /** Resolves once no build runs and none waits. */
  idle(): Promise<void> {
    if (this.current === null) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Starts no more builds (a waiting one stays recorded in the journal) and waits for the running one. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.current
  }

  private start(): void {
    if (this.stopped) return
    this.current = this.build()
      .catch(() => undefined)
      .then(() => {
        this.current = null
        if (this.waiting && !this.stopped) {
          this.waiting = false
          this.start()
          return
        }
        for (const resolve of this.idleWaiters.splice(0)) resolve()
      })
  }
}
