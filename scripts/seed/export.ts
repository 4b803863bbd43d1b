import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseCliArgs } from '../cli/parseCliArgs'
import { normaliseExport } from './normaliseDataset'
import {
  BUNDLED_DATASET,
  exportCommand,
  resolveSanityTarget,
  sanityCliEnv,
  studioDir,
} from './sanityTarget'

const HELP = `Usage: npm run seed:export [-- --out FILE]

Exports the configured Sanity dataset ("sanity dataset export --no-drafts --no-assets") to a temporary
archive, then writes it normalised: published documents only (no drafts, versions or system documents),
keys in a stable order, sorted by _id, one document a line.

  --out FILE  where to write (default: ${BUNDLED_DATASET})
  -h, --help  show this help

Needs SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET (or SANITY_PROJECT_ID and SANITY_DATASET).`

/** Entry point of `npm run seed:export`; returns the exit code. */
function main(argv: string[]): number {
  const parsed = parseCliArgs(
    { args: argv, options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string' } } },
    HELP,
  )
  if (typeof parsed === 'number') return parsed
  const { values } = parsed
  const target = resolveSanityTarget()
  const out = resolve(process.cwd(), values.out ?? BUNDLED_DATASET)
  const workDir = mkdtempSync(join(tmpdir(), 'drivkraft-export-'))
  try {
    const archive = join(workDir, `${target.dataset}.tar.gz`)
    const run = spawnSync('npx', exportCommand(target, archive), {
      cwd: studioDir(),
      env: sanityCliEnv(target),
      stdio: 'inherit',
    })
    if (run.error) throw run.error
    if (run.status !== 0) return run.status ?? 1
    const { text, count } = normaliseExport(readFileSync(archive), archive)
    writeFileSync(out, text)
    console.log(`Wrote ${count} published documents to ${out}. Check them with "npm run validate".`)
    return 0
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
