/** Writes one event; `fields` must be JSON-serialisable. */
export type Logger = (event: string, fields?: Record<string, unknown>) => void

/** A logger that writes one JSON object per line, so `jq` and journald can read the server's log. */
export function jsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  return (event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`)
  }
}

/** A logger that keeps events in memory, in order, for tests and the benchmark. */
export function memoryLogger(): Logger & {
  events: Array<{ event: string } & Record<string, unknown>>
} {
  const events: Array<{ event: string } & Record<string, unknown>> = []
  const logger = ((event: string, fields: Record<string, unknown> = {}) => {
    events.push({ event, ...fields })
  }) as Logger & { events: typeof events }
  logger.events = events
  return logger
}
