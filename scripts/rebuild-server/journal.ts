import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { fsyncPath } from './releases.ts'
import { MAX_AGE_MS, MAX_FUTURE_MS } from './signature.ts'

/** The journal file in the releases folder: one JSON line per accepted delivery or finished build. */
export const JOURNAL_FILE = '.deliveries.jsonl'

/** A replay older than this fails the freshness check anyway, so its key need not be remembered longer. */
const KEY_TTL_MS = MAX_AGE_MS + MAX_FUTURE_MS

/** Past this many lines the journal is rewritten with only what still matters. */
const COMPACT_AFTER_LINES = 5_000

type Entry = { delivery: number; key: string | null; at: number } | { built: number; at: number }

/**
 * The on-disk record that makes accepted deliveries survive a restart. A delivery is appended and fsynced before
 * the server answers 202; a finished build appends the last delivery it covered. Deliveries after that number
 * are pending, and the server builds them on start.
 */
export class DeliveryJournal {
  readonly file: string
  private fd: number
  private lines = 0
  private lastDelivery = 0
  private lastBuilt = 0
  private readonly keys = new Map<string, number>()

  /** Opens (or creates) the journal in `dir` and replays it. */
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dir, { recursive: true })
    this.file = join(dir, JOURNAL_FILE)
    this.replay()
    this.fd = openSync(this.file, 'a')
  }

  /** The number of the newest accepted delivery (0 when none). */
  get latest(): number {
    return this.lastDelivery
  }

  /** True when a delivery was accepted after the last build that covered it finished. */
  get pending(): boolean {
    return this.lastDelivery > this.lastBuilt
  }

  /** True when a delivery with this idempotency key was accepted within the freshness window. */
  seen(key: string): boolean {
    const at = this.keys.get(key)
    return at !== undefined && this.now() - at <= KEY_TTL_MS
  }

  /** Durably records an accepted delivery and returns its number. */
  recordDelivery(key: string | null): number {
    const entry: Entry = { delivery: this.lastDelivery + 1, key, at: this.now() }
    this.append(entry)
    this.lastDelivery = entry.delivery
    if (key !== null) this.keys.set(key, entry.at)
    return entry.delivery
  }

  /** Durably records that a build which started after delivery `covered` has finished. */
  recordBuilt(covered: number): void {
    if (covered <= this.lastBuilt) return
    this.append({ built: covered, at: this.now() })
    this.lastBuilt = covered
    if (this.lines > COMPACT_AFTER_LINES) this.compact()
  }

  /** Closes the file handle. */
  close(): void {
    closeSync(this.fd)
  }

  private append(entry: Entry): void {
    writeSync(this.fd, `${JSON.stringify(entry)}\n`)
    fsyncSync(this.fd)
    this.lines += 1
  }

  private replay(): void {
    let text = ''
    try {
      text = readFileSync(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue
      let entry: Entry
      try {
        entry = JSON.parse(line) as Entry
      } catch {
        // A crash mid-append leaves a torn last line; that delivery was never acknowledged.
        continue
      }
      this.lines += 1
      if ('delivery' in entry) {
        this.lastDelivery = Math.max(this.lastDelivery, entry.delivery)
        if (entry.key !== null) this.keys.set(entry.key, entry.at)
      } else {
        this.lastBuilt = Math.max(this.lastBuilt, entry.built)
      }
    }
  }

  /** Rewrites the journal with the pending state and the keys still inside their window. */
  private compact(): void {
    const now = this.now()
    const kept: Entry[] = []
    for (const [key, at] of this.keys) {
      if (now - at > KEY_TTL_MS) this.keys.delete(key)
    }
    let n = this.lastBuilt - this.keys.size
    for (const [key, at] of this.keys) kept.push({ delivery: (n += 1), key, at })
    kept.push({ built: this.lastBuilt, at: now })
    if (this.lastDelivery > this.lastBuilt) {
      kept.push({ delivery: this.lastDelivery, key: null, at: now })
    }
    const tmp = `${this.file}.tmp`
    const fd = openSync(tmp, 'w')
    writeSync(fd, kept.map((entry) => `${JSON.stringify(entry)}\n`).join(''))
    fsyncSync(fd)
    closeSync(fd)
    closeSync(this.fd)
    renameSync(tmp, this.file)
    fsyncPath(this.dir)
    this.fd = openSync(this.file, 'a')
    this.lines = kept.length
  }
}
