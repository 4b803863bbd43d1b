import { createHash } from 'node:crypto'
import { mkdtemp, readFile, readdir, readlink, writeFile } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, afterEach } from 'vitest'
import { readConfig, type RebuildConfig } from '../config.ts'
import { memoryLogger } from '../log.ts'
import { startRebuildServer, type RunningRebuildServer } from '../server.ts'
import { signBody } from '../signature.ts'

/** The secret every test server is configured with. */
export const SECRET = 'test-secret-for-the-rebuild-server'

/** A fresh folder under the system temp dir. */
export function tempDir(prefix = 'rebuild-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

/**
 * Stand-in build commands: shell snippets that behave like a build in milliseconds. `mode` reads a file so that
 * one server can succeed first and then fail in a chosen way.
 */
export const standIn = {
  /** Writes a small site of three files whose content names `label`. */
  site: (label: string) =>
    `mkdir -p "$DRIVKRAFT_OUT_DIR/a" && printf '%s' '${label}' > "$DRIVKRAFT_OUT_DIR/index.html" && ` +
    `printf 'css ${label}' > "$DRIVKRAFT_OUT_DIR/a/site.css" && printf 'x' > "$DRIVKRAFT_OUT_DIR/robots.txt"`,
  /** Waits until `gate` exists, then writes a site: a build whose end the test decides. */
  gated: (gate: string, label = 'gated') =>
    `while [ ! -e '${gate}' ]; do sleep 0.02; done; ${standIn.site(label)}`,
  /** Behaves as the content of `modeFile` says: ok, fail, kill, empty, hang or half-indexed. */
  byMode: (modeFile: string) =>
    `case "$(cat '${modeFile}')" in ` +
    `ok) ${standIn.site('ok')} ;; ` +
    `fail) printf 'half' > "$DRIVKRAFT_OUT_DIR/index.html"; exit 3 ;; ` +
    `kill) printf 'half' > "$DRIVKRAFT_OUT_DIR/index.html"; kill -KILL $$ ;; ` +
    `empty) mkdir -p "$DRIVKRAFT_OUT_DIR/empty-folder" ;; ` +
    `hang) printf 'half' > "$DRIVKRAFT_OUT_DIR/index.html"; sleep 30 ;; ` +
    // Stopped between astro build and the search index (DRIVKRAFT_SEARCH_INDEX=after): leftovers beside the folder.
    `half-indexed) ${standIn.site('half')}; printf '{}' > "$DRIVKRAFT_OUT_DIR.search-records.ndjson"; ` +
    `printf '{' > "$DRIVKRAFT_OUT_DIR.search-records.ndjson.partial"; ` +
    `mkdir -p "$DRIVKRAFT_OUT_DIR.pagefind-staging"; exit 1 ;; ` +
    `esac`,
}

/** A checked config for a test server on a free loopback port. */
export function testConfig(env: Record<string, string>): RebuildConfig {
  const result = readConfig({ SANITY_WEBHOOK_SECRET: SECRET, PORT: '0', ...env })
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.config
}

/** A rebuild server running in-process, with its events kept in memory. */
export async function startTestServer(env: Record<string, string>) {
  const log = memoryLogger()
  const running: RunningRebuildServer = await startRebuildServer(testConfig(env), log)
  return { ...running, log, events: log.events }
}

/** A keep-alive agent, as Sanity's delivery system would reuse connections. */
export const agent = new Agent({ keepAlive: true, maxSockets: 32 })

/** One HTTP exchange over loopback; `headers` values that are arrays are sent as repeated header lines. */
export function send(
  url: string,
  options: {
    method?: string
    headers?: Record<string, string | string[]>
    body?: string | Buffer
    chunks?: Buffer[]
  } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false
    const req = request(
      url,
      { method: options.method ?? 'POST', headers: options.headers, agent },
      (res) => {
        answered = true
        const parts: Buffer[] = []
        res.on('data', (chunk: Buffer) => parts.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString() }),
        )
        res.on('error', reject)
      },
    )
    // Once the answer is in, a server cutting the rest of an oversized body off is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)))
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk)
      req.end()
    } else req.end(options.body)
  })
}

/** Posts a body signed with `secret` at `timestamp`, as Sanity does. */
export async function deliver(
  url: string,
  body: string,
  options: {
    secret?: string
    timestamp?: number
    key?: string
    headers?: Record<string, string>
  } = {},
) {
  const signature = await signBody(body, options.secret ?? SECRET, options.timestamp ?? Date.now())
  return send(`${url}/webhook`, {
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': signature,
      ...(options.key ? { 'idempotency-key': options.key } : {}),
      ...options.headers,
    },
    body,
  })
}

/** Reads `GET /status`. */
export async function status(url: string) {
  const res = await send(`${url}/status`, { method: 'GET' })
  return JSON.parse(res.body) as {
    state: string
    pending: boolean
    buildsStarted: number
    buildsSucceeded: number
    buildsFailed: number
    current: string | null
    lastBuild: { id: string; outcome: string; durationMs: number } | null
  }
}

/** Hashes the `current` link target and every path and byte below it: equal hashes, identical live site. */
export async function hashCurrent(releasesDir: string): Promise<string> {
  const hash = createHash('sha256')
  const current = join(releasesDir, 'current')
  hash.update(`link:${await readlink(current)}\n`)
  const entries = await readdir(current, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    hash.update(`${relative(current, file)}\n`)
    hash.update(await readFile(file))
  }
  return hash.digest('hex')
}

/** Opens a gate file that gated stand-in builds wait for. */
export function openGate(gate: string): Promise<void> {
  return writeFile(gate, '')
}

/** Waits until `check` is true, polling; fails after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('waitFor timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Index of the last event named `name` in an event list, or -1. */
export function lastIndexOf(events: Array<{ event: string }>, name: string): number {
  return events.map((entry) => entry.event).lastIndexOf(name)
}

/** Servers a test file started; each is closed after every test (or after all, for the one slow test). */
export function closeAfter(hook: 'each' | 'all' = 'each'): Array<{ close: () => Promise<void> }> {
  const running: Array<{ close: () => Promise<void> }> = []
  ;(hook === 'each' ? afterEach : afterAll)(async () => {
    for (const server of running.splice(0)) await server.close()
  })
  return running
}
