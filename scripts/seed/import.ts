import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseCliArgs } from '../cli/parseCliArgs'
import {
  BUNDLED_DATASET,
  importCommand,
  resolveSanityTarget,
  sanityCliEnv,
  studioDir,
} from './sanityTarget'

const HELP = `Usage: npm run seed:import [-- FILE]

Imports a dataset file into the configured Sanity project with
"sanity dataset import FILE --dataset DATASET --replace": documents with the same _id are replaced.

  FILE        NDJSON file to import (default: ${BUNDLED_DATASET})
  -h, --help  show this help

Needs SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET (or SANITY_PROJECT_ID and SANITY_DATASET), and a
Sanity login (sanity login) or SANITY_AUTH_TOKEN with write access. Run "npm run validate" first.`

/** Entry point of `npm run seed:import`; returns the exit code. */
function main(argv: string[]): number {
  const parsed = parseCliArgs(
    { args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
    HELP,
  )
  if (typeof parsed === 'number') return parsed
  const { positionals } = parsed
  const target = resolveSanityTarget()
  const file = resolve(process.cwd(), positionals[0] ?? BUNDLED_DATASET)
  if (!existsSync(file)) throw new Error(`The dataset file ${file} does not exist.`)
  console.log(`Importing ${file} into ${target.projectId}/${target.dataset} (--replace) …`)
  const run = spawnSync('npx', importCommand(target, file), {
    cwd: studioDir(),
    env: sanityCliEnv(target),
    stdio: 'inherit',
  })
  if (run.error) throw run.error
  return run.status ?? 1
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
