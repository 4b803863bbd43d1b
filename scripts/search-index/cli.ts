import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { deferredRecordsPath, readRecords } from '../../site/src/lib/search/deferredRecords'
import { indexRecords } from '../../site/src/lib/search/indexRecords'
import { searchIndexMode } from '../../site/src/lib/search/searchIndexMode'

const HELP = `Usage: npm run search-index [-- --dist DIR]

Writes the search index of a build made with DRIVKRAFT_SEARCH_INDEX=after: reads the search records that build
left beside its output folder (DIR.search-records.ndjson), indexes them with Pagefind into DIR/pagefind and
removes the records. The site's build script runs it after \`astro build\`. With DRIVKRAFT_SEARCH_INDEX unset or
"during" it does nothing: the build has written the index itself.

  --dist DIR  the build's output folder (default: DRIVKRAFT_OUT_DIR, else dist; relative to site/)
  -h, --help  show this help

Exit code: 0 when the index is written (or there is nothing to do), 1 on an error, 2 on bad usage.`

/** The site's folder: this script runs from the site workspace (`npm run build -w site`) or from the root. */
function siteDir(): string {
  const cwd = process.cwd()
  return existsSync(join(cwd, 'astro.config.ts')) ? cwd : join(cwd, 'site')
}

/** Entry point of `npm run search-index`. */
async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: { dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`)
    return 2
  }
  if (parsed.values.help) {
    console.log(HELP)
    return 0
  }
  if (searchIndexMode() === 'during') return 0
  const dist = resolve(siteDir(), parsed.values.dist ?? (process.env.DRIVKRAFT_OUT_DIR || 'dist'))
  const records = deferredRecordsPath(dist)
  if (!existsSync(records)) {
    console.error(
      `search-index: no search records at ${records}. Build first with DRIVKRAFT_SEARCH_INDEX=after ` +
        '(npm run build does both steps).',
    )
    return 1
  }
  const started = performance.now()
  const count = await indexRecords(readRecords(records), join(dist, 'pagefind'))
  rmSync(records)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `search-index: Pagefind indexed ${count} pages into ${join(dist, 'pagefind')} in ${seconds} s`,
  )
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`search-index: ${(error as Error).message}`)
    process.exit(1)
  },
)
