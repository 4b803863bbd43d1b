import { resolve } from 'node:path'

/** Everything the rebuild server reads from the environment, checked and with defaults applied. */
export interface RebuildConfig {
  secret: string
  host: string
  port: number
  command: string
  /** Absolute path of the folder the command writes when it ignores `DRIVKRAFT_OUT_DIR`. */
  output: string
  /** Absolute path of the folder holding the releases, the `current` symlink and the delivery journal. */
  releasesDir: string
  keepReleases: number
  buildTimeoutMs: number
}

/** The result of reading the environment: a config, or one message per bad value. */
export type ConfigResult = { ok: true; config: RebuildConfig } | { ok: false; errors: string[] }

/**
 * Defaults as docs/publishing.md (Rebuild server) lists them; the timeout keeps a hung build from blocking every
 * later publish.
 */
export const CONFIG_DEFAULTS = {
  host: '127.0.0.1',
  port: 4322,
  command: 'npm run build',
  output: 'site/dist',
  releasesDir: '.releases',
  keepReleases: 5,
  buildTimeoutMs: 20 * 60_000,
} as const

type Env = Record<string, string | undefined>

/**
 * A variable's value without surrounding whitespace, or undefined when it is unset or blank: `.env.example` ships
 * these lines empty, and an empty line means "use the default", as in site/src/lib/env.ts.
 */
function readSet(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/**
 * Reads an integer variable within bounds, or the default when it is unset or blank; pushes one message naming the
 * variable when it is not one.
 */
function readInteger(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  errors: string[],
): number {
  const raw = readSet(env, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw)) {
    errors.push(`${name}="${raw}" is not a whole number (expected ${min}–${max}).`)
    return fallback
  }
  const value = Number(raw)
  if (value < min || value > max) {
    errors.push(`${name}=${value} is out of range (expected ${min}–${max}).`)
    return fallback
  }
  return value
}

/** Reads a string variable; unset or blank means the default. */
function readText(env: Env, name: string, fallback: string): string {
  return readSet(env, name) ?? fallback
}

/** Resolves only `RELEASES_DIR`: `--rollback` needs no secret and no port. */
export function readReleasesDir(env: Env, cwd = process.cwd()): string {
  return resolve(cwd, readText(env, 'RELEASES_DIR', CONFIG_DEFAULTS.releasesDir))
}

/**
 * Reads and checks the rebuild server's environment; relative paths resolve from `cwd`. A blank variable counts as
 * unset and gets its default, so a copied `.env.example` starts the server with the documented defaults.
 */
export function readConfig(env: Env, cwd = process.cwd()): ConfigResult {
  const errors: string[] = []
  const secret = env.SANITY_WEBHOOK_SECRET ?? ''
  if (secret.trim() === '') {
    errors.push(
      'SANITY_WEBHOOK_SECRET is required: the secret set on the Sanity webhook (sanity.io/manage → API → Webhooks).',
    )
  }
  const host = readText(env, 'HOST', CONFIG_DEFAULTS.host)
  const port = readInteger(env, 'PORT', CONFIG_DEFAULTS.port, 0, 65_535, errors)
  const command = readText(env, 'REBUILD_COMMAND', CONFIG_DEFAULTS.command)
  const output = resolve(cwd, readText(env, 'REBUILD_OUTPUT', CONFIG_DEFAULTS.output))
  const releasesDir = readReleasesDir(env, cwd)
  const keepReleases = readInteger(
    env,
    'KEEP_RELEASES',
    CONFIG_DEFAULTS.keepReleases,
    1,
    1000,
    errors,
  )
  const buildTimeoutMs = readInteger(
    env,
    'BUILD_TIMEOUT_MS',
    CONFIG_DEFAULTS.buildTimeoutMs,
    1,
    24 * 3_600_000,
    errors,
  )
  if (output === releasesDir) {
    errors.push(`REBUILD_OUTPUT and RELEASES_DIR are the same folder (${output}); use two folders.`)
  }
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    config: { secret, host, port, command, output, releasesDir, keepReleases, buildTimeoutMs },
  }
}

/** The port `--serve` listens on; Astro's preview port, so local habits carry over. */
export const DEFAULT_SERVE_PORT = 4321

/** Reads `SERVE_PORT` for `--serve`: a port number, or a message naming the bad value. */
export function readServePort(env: Env): { ok: true; port: number } | { ok: false; error: string } {
  const errors: string[] = []
  const port = readInteger(env, 'SERVE_PORT', DEFAULT_SERVE_PORT, 0, 65_535, errors)
  return errors[0] === undefined ? { ok: true, port } : { ok: false, error: errors[0] }
}
