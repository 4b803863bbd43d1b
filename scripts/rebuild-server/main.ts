import { readConfig, readReleasesDir, readServePort } from './config.ts'
import { jsonLogger, type Logger } from './log.ts'
import { rollback } from './releases.ts'
import { serveCurrent } from './serveCurrent.ts'
import { startRebuildServer } from './server.ts'

/** The `--help` text. */
export const HELP = `Usage: npm run rebuild-server [-- --serve | --rollback | --help]

Listens for signed Sanity webhooks and rebuilds the site into atomic releases.

  (no option)   run the rebuild server: POST /webhook, GET /status, GET /healthz
  --serve       also serve RELEASES_DIR/current with the site's security headers on SERVE_PORT
  --rollback    point RELEASES_DIR/current at the release before the live one, then exit
  --help        show this text

Environment:
  SANITY_WEBHOOK_SECRET  required; the secret set on the Sanity webhook
  HOST                   default 127.0.0.1
  PORT                   default 4322
  REBUILD_COMMAND        default "npm run build"; gets DRIVKRAFT_OUT_DIR, the folder to build into
  REBUILD_OUTPUT         default site/dist; copied when the command ignores DRIVKRAFT_OUT_DIR
  RELEASES_DIR           default .releases
  KEEP_RELEASES          default 5
  BUILD_TIMEOUT_MS       default 1200000 (20 minutes); a slower build is killed and does not go live
  SERVE_PORT             default 4321; only with --serve
`

/** Streams and the logger the CLI writes to; tests pass their own. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  log: Logger
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  log: jsonLogger(),
}

/** A running server the entry file keeps alive until a signal arrives. */
export interface Running {
  close: () => Promise<void>
}

/** Runs the CLI: an exit code for one-shot commands, or the running servers. */
export async function main(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIo = defaultIo,
): Promise<number | Running> {
  const known = new Set(['--help', '-h', '--rollback', '--serve'])
  const unknown = argv.filter((arg) => !known.has(arg))
  if (unknown.length > 0) {
    io.err(`Unknown option ${unknown.join(' ')}.\n\n${HELP}`)
    return 2
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(HELP)
    return 0
  }
  if (argv.includes('--rollback')) {
    try {
      const { from, to } = await rollback(readReleasesDir(env))
      io.log('release.rollback', { from, to })
      return 0
    } catch (error) {
      io.err(`Rollback failed: ${(error as Error).message}\n`)
      return 1
    }
  }
  const result = readConfig(env)
  const serve = argv.includes('--serve') ? readServePort(env) : null
  const errors = [
    ...(result.ok ? [] : result.errors),
    ...(serve?.ok === false ? [serve.error] : []),
  ]
  if (!result.ok || serve?.ok === false) {
    io.err(`The rebuild server cannot start:\n${errors.map((e) => `  - ${e}`).join('\n')}\n`)
    return 1
  }
  const rebuild = await startRebuildServer(result.config, io.log)
  const site = serve?.ok
    ? await serveCurrent(result.config.releasesDir, serve.port, result.config.host, io.log)
    : null
  if (site) io.log('site.listening', { url: site.url })
  return {
    close: async () => {
      await site?.close()
      await rebuild.close()
    },
  }
}
