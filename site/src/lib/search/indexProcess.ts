import { once } from 'node:events'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { spawnAtIdlePriority } from '../process/idlePriority'
import { recordLine } from './deferredRecords'
import { inPartOrder, partCount, type IndexRecordsOptions } from './indexRecords'
import type { SearchRecord } from './searchRecords'

/** The script the child runs (`./indexChild.ts`), beside this module in the source tree. */
const CHILD_SCRIPT = fileURLToPath(new URL('./indexChild.ts', import.meta.url))

/**
 * The child's V8 keeps semi-spaces of 1 MB instead of up to 16: it holds one part of the records at a
 * time and little else, and this takes its peak from about 225 to 115 MB at 10,000 measures at no cost in time
 * (docs/performance.md, item 33).
 */
const CHILD_NODE_FLAGS = ['--max-semi-space-size=1']

/**
 * Pagefind's allocator (jemalloc, which reads `_RJEM_MALLOC_CONF`) returns freed memory after 100 ms instead of
 * keeping it for reuse for 10 s: its peak while it writes a part of 4,651 records falls from about 365 to 300 MiB.
 * Returning it at once (a decay of 0) saves 6 MiB more but costs 0.6 s of system time and 0.5 s of wall time per
 * part, on the index's path to the end of the build (docs/performance.md, item 36).
 */
export const PAGEFIND_MALLOC_CONF = 'dirty_decay_ms:100,muzzy_decay_ms:0'

/** The child's environment: the build's own, with Pagefind's allocator settings unless the build sets its own. */
export const childEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  _RJEM_MALLOC_CONF: PAGEFIND_MALLOC_CONF,
  ...env,
})

/** Records go to the child in pieces of about this many characters: a few hundred writes, not one a record. */
const CHUNK_CHARS = 64 * 1024

/** What the child keeps of its stderr for an error message; all of it goes on to the build's own stderr. */
const STDERR_TAIL_CHARS = 8 * 1024

/** What the parent tells the child besides the records: how many there are, and how to index them. */
export interface ChildOptions extends IndexRecordsOptions {
  count: number
}

/** The records as NDJSON in part order (`inPartOrder`), in pieces of about `CHUNK_CHARS`. */
function* chunks(records: readonly SearchRecord[], parts: number): Generator<string> {
  let chunk = ''
  for (const record of inPartOrder(records, parts)) {
    chunk += recordLine(record)
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk !== '') yield chunk
}

/** The child process, started at idle priority, and killed first if the build's process exits before it. */
function startChild(outputPath: string, options: ChildOptions) {
  const child = spawnAtIdlePriority(
    process.execPath,
    [...CHILD_NODE_FLAGS, CHILD_SCRIPT, outputPath, JSON.stringify(options)],
    { env: childEnv(process.env) },
  )
  // A build that stops with an error or Ctrl-C takes its index with it. Prepended, so that the child is stopped
  // before other exit handlers remove the folder it writes to.
  const stop = () => child.kill()
  process.prependOnceListener('exit', stop)
  child.once('close', () => process.off('exit', stop))
  return child
}

/**
 * Indexes `records` with Pagefind into `outputPath` (`indexRecords`) in a Node process of its own, at idle CPU
 * priority (`idlePriority`), and returns how many it indexed. The build runs this while Astro renders: the
 * render keeps its core, the child's Node side (the messages to Pagefind) leaves Astro's thread, and the child
 * and Pagefind take what the render leaves of the second core (docs/performance.md, item 33). What the child
 * and Pagefind write on stderr goes to the build's stderr as it comes. Rejects with the end of it if the child
 * fails, with its signal if it is killed, and if it indexed another number of records than it was sent.
 */
export async function indexInChildProcess(
  records: SearchRecord[],
  outputPath: string,
  options: IndexRecordsOptions = {},
): Promise<number> {
  const count = records.length
  const child = startChild(outputPath, { ...options, count })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    process.stderr.write(text)
    stderr = (stderr + text).slice(-STDERR_TAIL_CHARS)
  })
  // Rejects if the process cannot start; settles when it has exited and its output is read.
  const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>
  // A child that fails early closes its stdin; what it said on stderr is then the error worth reporting.
  const input = Readable.from(chunks(records, partCount(count, options.recordsPerPart)))
  // From here only the stream holds the records, so Astro's heap can drop them once they are sent.
  records = []
  const fed = pipeline(input, child.stdin).then(
    () => undefined,
    (error: unknown) => error as Error,
  )
  const [code, signal] = await closed
  const feedError = await fed
  const said = stderr.trim()
  if (code !== 0) {
    const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`
    throw new Error(`the search index process ${how}${said ? `: ${said}` : ''}`)
  }
  if (feedError) throw new Error(`could not send the search records: ${feedError.message}`)
  const answer = stdout.trim()
  if (answer !== String(count)) {
    throw new Error(
      `the search index process answered "${answer}" where ${count} records were sent`,
    )
  }
  return count
}
