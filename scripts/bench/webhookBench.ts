import { mkdir, rm, writeFile } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { readConfig } from '../rebuild-server/config.ts'
import { memoryLogger } from '../rebuild-server/log.ts'
import { startRebuildServer } from '../rebuild-server/server.ts'
import { signBody } from '../rebuild-server/signature.ts'
import { describeMachine, type Machine } from './machine.ts'

/** Options of the webhook benchmark. */
export interface WebhookBenchOptions {
  deliveries: number
  /** Deliveries in flight at once; Sanity sends one at a time per webhook, so 1 is the realistic case. */
  concurrency: number[]
  /** How long the stand-in build takes. */
  buildMs: number
  outDir: string
}

/** The `--help` text. */
export const WEBHOOK_USAGE = `Usage: npm run bench:webhook -- [--deliveries 1000] [--concurrency 1,16] [--build-ms 2000]
                              [--out bench-results]

Starts the rebuild server in-process on a loopback port with a stand-in REBUILD_COMMAND (sleeps --build-ms, then
writes one page), sends signed deliveries with distinct idempotency keys, and reports the acknowledgement latency
(p50, p99, max) and how many builds the deliveries caused. Writes webhook.json and webhook.md to --out and prints
the table. Reports figures only; it never fails on a time.

  --deliveries   signed deliveries per run (default 1000)
  --concurrency  deliveries in flight, comma-separated, one run each (default 1,16)
  --build-ms     duration of the stand-in build in milliseconds (default 2000)
  --out          results directory (default bench-results, git-ignored)
  --help         show this text`

const wholeNumbers = (flag: string, raw: string): number[] => {
  const parts = raw.split(',').map((part) => part.trim())
  if (parts.some((part) => !/^\d+$/.test(part) || Number(part) < 1)) {
    throw new Error(`${flag} takes whole numbers ≥ 1 separated by commas, got "${raw}"`)
  }
  return parts.map(Number)
}

/** Parses the command line; throws an error naming the bad flag. */
export function parseWebhookArgs(argv: string[]): WebhookBenchOptions | { help: true } {
  const { values } = parseArgs({
    args: argv,
    options: {
      deliveries: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '1,16' },
      'build-ms': { type: 'string', default: '2000' },
      out: { type: 'string', default: 'bench-results' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) return { help: true }
  const [deliveries = 1000] = wholeNumbers('--deliveries', values.deliveries)
  const [buildMs = 2000] = wholeNumbers('--build-ms', values['build-ms'])
  return {
    deliveries,
    concurrency: wholeNumbers('--concurrency', values.concurrency),
    buildMs,
    outDir: values.out,
  }
}

/** Nearest-rank percentile of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile() of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** One run at one concurrency. */
export interface WebhookRun {
  concurrency: number
  deliveries: number
  statuses: Record<string, number>
  ackMs: { p50: number; p99: number; max: number; mean: number }
  sendSeconds: number
  buildsStarted: number
  buildsSucceeded: number
}

/** Everything the benchmark produced. */
export interface WebhookBenchResult {
  startedAt: string
  machine: Machine
  options: Omit<WebhookBenchOptions, 'outDir'>
  runs: WebhookRun[]
}

/** Posts one signed delivery over a keep-alive connection and resolves its status. */
function post(
  agent: Agent,
  url: string,
  body: string,
  signature: string,
  key: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/webhook`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'sanity-webhook-signature': signature,
          'idempotency-key': key,
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Runs the deliveries at one concurrency against a fresh server and releases folder. */
async function runOnce(options: WebhookBenchOptions, concurrency: number): Promise<WebhookRun> {
  const secret = 'bench-secret'
  const releasesDir = join(tmpdir(), `webhook-bench-${process.pid}-${concurrency}`)
  await rm(releasesDir, { recursive: true, force: true })
  const config = readConfig({
    SANITY_WEBHOOK_SECRET: secret,
    PORT: '0',
    RELEASES_DIR: releasesDir,
    REBUILD_COMMAND: `sleep ${options.buildMs / 1000}; printf ok > "$DRIVKRAFT_OUT_DIR/index.html"`,
  })
  if (!config.ok) throw new Error(config.errors.join('\n'))
  const server = await startRebuildServer(config.config, memoryLogger())
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let next = 0
  const started = performance.now()
  const worker = async (): Promise<void> => {
    while (next < options.deliveries) {
      const i = next++
      const body = JSON.stringify({ _id: `measure-${i}`, _type: 'measure', operation: 'update' })
      // Signing is the sender's work, so it stays outside the measured acknowledgement.
      const signature = await signBody(body, secret)
      const t0 = performance.now()
      const status = await post(agent, server.url, body, signature, `bench-${concurrency}-${i}`)
      latencies.push(performance.now() - t0)
      statuses[status] = (statuses[status] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const sendSeconds = (performance.now() - started) / 1000
  await server.service.idle()
  const status = await server.service.status()
  agent.destroy()
  await server.close()
  await rm(releasesDir, { recursive: true, force: true })
  const round = (ms: number) => Math.round(ms * 100) / 100
  return {
    concurrency,
    deliveries: options.deliveries,
    statuses,
    ackMs: {
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      max: round(Math.max(...latencies)),
      mean: round(latencies.reduce((sum, value) => sum + value, 0) / latencies.length),
    },
    sendSeconds: Math.round(sendSeconds * 100) / 100,
    buildsStarted: status.buildsStarted,
    buildsSucceeded: status.buildsSucceeded,
  }
}

/** Renders the result as Markdown. */
export function renderWebhookMarkdown(result: WebhookBenchResult): string {
  const { machine, options } = result
  const lines = [
    `# Webhook benchmark ${result.startedAt}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average at start ` +
      `${machine.loadAverageAtStart.join(' / ')}. Stand-in build: ${options.buildMs} ms. ` +
      'Each delivery is verified, fsynced to the journal and acknowledged before any build. ' +
      'Sender and server share one Node process, so the latency includes the sender’s own work.',
    '',
    '| in flight | deliveries | answers | ack p50 ms | ack p99 ms | ack max ms | sending s | builds started | builds succeeded |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...result.runs.map(
      (run) =>
        `| ${run.concurrency} | ${run.deliveries} | ${Object.entries(run.statuses)
          .map(([code, n]) => `${n}× ${code}`)
          .join(
            ', ',
          )} | ${run.ackMs.p50} | ${run.ackMs.p99} | ${run.ackMs.max} | ${run.sendSeconds} | ` +
        `${run.buildsStarted} | ${run.buildsSucceeded} |`,
    ),
    '',
  ]
  return lines.join('\n')
}

/** Runs the benchmark, writes JSON and Markdown to `outDir` and returns the result. */
export async function runWebhookBench(options: WebhookBenchOptions): Promise<WebhookBenchResult> {
  const result: WebhookBenchResult = {
    startedAt: new Date().toISOString(),
    machine: describeMachine(process.cwd()),
    options: {
      deliveries: options.deliveries,
      concurrency: options.concurrency,
      buildMs: options.buildMs,
    },
    runs: [],
  }
  for (const concurrency of options.concurrency)
    result.runs.push(await runOnce(options, concurrency))
  await mkdir(options.outDir, { recursive: true })
  await writeFile(join(options.outDir, 'webhook.json'), `${JSON.stringify(result, null, 2)}\n`)
  await writeFile(join(options.outDir, 'webhook.md'), renderWebhookMarkdown(result))
  return result
}
