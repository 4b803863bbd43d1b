/**
 * The build's log destination (Astro's Logger API, `logger` in astro.config.ts). Astro logs two events for every
 * page it writes, and its own Node destination writes each one at once: 32,600 writes for a site of 16,300 pages,
 * synchronous when the output is a file or a pipe, each with a timestamp formatted anew (0.5 s of the render's
 * main thread at 10,000 measures in this round's profiles, 1.5 s on a busier host: docs/performance.md, item 37).
 *
 * On a terminal this is Astro's own destination. Elsewhere (CI, a log file, the benchmark) the same lines, coloured
 * by the same rules (piccolore, Astro's own: colour in CI, none in a plain log file), wait until there are
 * `FLUSH_CHARS` of them or `FLUSH_MS` have passed, and are then written at once. An error is written at once,
 * after what waits; so is everything when the process exits. Astro imports this file itself, outside Vite: it
 * imports packages only, no modules of the site.
 */
import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro'
import { matchesLevel } from 'astro/logger'
import nodeDestination from 'astro/logger/node'
import colors from 'piccolore'

/** What waits is written once it reaches this many characters… */
export const FLUSH_CHARS = 64 * 1024
/** …or this long after the first of it, whichever comes first. */
export const FLUSH_MS = 100

/** Where lines go: `process.stdout` and `process.stderr`, or a test's stand-ins. */
export interface LogStream {
  write(text: string): unknown
}

export interface BatchedLogOptions {
  level?: AstroLoggerLevel
  stdout?: LogStream
  stderr?: LogStream
  /** The clock for timestamps, in ms. */
  now?: () => number
}

/** Astro's timestamp («14:03:59»), formatted once a second instead of once a line. */
function timestamps(now: () => number): () => string {
  const format = new Intl.DateTimeFormat([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  })
  let second = Number.NaN
  let text = ''
  return () => {
    const ms = now()
    const current = Math.floor(ms / 1000)
    if (current !== second) {
      second = current
      text = format.format(ms)
    }
    return text
  }
}

/** One event as Astro's Node destination writes it (`getEventPrefix` in astro/dist/core/logger/core.js). */
function formatEvent(event: AstroLoggerMessage, timestamp: string): string {
  const end = event.newLine ? '\n' : ''
  if (event.label === 'SKIP_FORMAT') return event.message + end
  return `${prefix(event, timestamp)} ${event.message}${end}`
}

function prefix({ level, label }: AstroLoggerMessage, timestamp: string): string {
  const loud = level === 'error' || level === 'warn'
  const parts = [loud ? colors.bold(timestamp) : timestamp]
  if (loud) parts.push(`[${level.toUpperCase()}]`)
  if (label) parts.push(`[${label}]`)
  if (level === 'error') return colors.red(parts.join(' '))
  if (level === 'warn') return colors.yellow(parts.join(' '))
  if (parts.length === 1) return colors.dim(parts[0]!)
  return `${colors.dim(parts[0]!)} ${colors.blue(parts.slice(1).join(' '))}`
}

/** A destination that writes its lines in batches (see above); `flush` writes what waits. */
export function batchedDestination({
  level = 'info',
  stdout = process.stdout,
  stderr = process.stderr,
  now = Date.now,
}: BatchedLogOptions = {}): AstroLoggerDestination & { flush(): void } {
  const stamp = timestamps(now)
  let waiting = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (waiting === '') return
    const text = waiting
    waiting = ''
    stdout.write(text)
  }
  return {
    write(event) {
      if (!matchesLevel(event.level, level)) return
      const line = formatEvent(event, stamp())
      // As Astro's own: errors on stderr, the rest on stdout. What waits goes first, so the order holds.
      if (event.level === 'error') {
        flush()
        stderr.write(line)
        return
      }
      waiting += line
      if (waiting.length >= FLUSH_CHARS) flush()
      // Unref'd: a waiting line never keeps the process alive; the exit handler writes it.
      else timer ??= setTimeout(flush, FLUSH_MS).unref()
    },
    flush,
    close: flush,
  }
}

/** What Astro calls with the `config` of `logger` in astro.config.ts. */
export default function batchedLog(
  config: { level?: AstroLoggerLevel } = {},
): AstroLoggerDestination {
  if (process.stdout.isTTY) return nodeDestination(config)
  const destination = batchedDestination(config)
  process.once('exit', destination.flush)
  return destination
}
