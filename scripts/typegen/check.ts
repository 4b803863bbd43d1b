import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/** The generated files that are committed and must match the schemas and queries. */
const GENERATED = ['studio/schema.json', 'site/src/sanity.types.ts']

function snapshot(): Map<string, string | undefined> {
  return new Map(GENERATED.map((f) => [f, existsSync(f) ? readFileSync(f, 'utf8') : undefined]))
}

/**
 * Regenerates schema.json and the query types, compares them with what is committed, and restores the originals
 * either way, so a check never rewrites the tree behind a developer's back.
 */
function main(): number {
  const before = snapshot()
  const run = spawnSync('npm run typegen -w studio', { shell: true, encoding: 'utf8' })
  const after = snapshot()
  for (const [file, text] of before) {
    if (text === undefined) continue
    writeFileSync(file, text)
  }
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    console.error('typegen:check: `npm run typegen -w studio` failed (see above).')
    return 1
  }
  const stale = GENERATED.filter((f) => before.get(f) !== after.get(f))
  if (stale.length > 0) {
    console.error(`typegen:check: stale generated files: ${stale.join(', ')}`)
    console.error('Run `npm run typegen` and commit the result.')
    return 1
  }
  console.log(`typegen:check: ${GENERATED.join(' and ')} are current.`)
  return 0
}

process.exitCode = main()
