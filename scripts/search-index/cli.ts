import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { siteOutDir } from '../../site/outDir.ts'
import { moveDir } from '../../site/src/lib/files/moveDir.ts'
import {
  indexStagingPath,
  deferredRecordsPath,
  readRecords,
} from '../../site/src/lib/search/deferredRecords.ts'
import { describeIndex, indexRecords } from '../../site/src/lib/search/indexRecords.ts'
import { searchIndexMode, searchPartSize } from '../../site/src/lib/search/searchIndexMode.ts'
import { parseCliArgs } from '../cli/parseCliArgs.ts'

const HELP = `Usage: npm run search-index [-- --dist DIR]

Writes the search index of a build made with DRIVKRAFT_SEARCH_INDEX=after: reads the search records that build
left beside its output folder (DIR.search-records.ndjson), indexes them with Pagefind into DIR/pagefind and
removes the records. The site's \`npm run build\` runs it after \`astro build\`. When there are no records and
DRIVKRAFT_SEARCH_INDEX is not "after", there is nothing to do: the build has written the index itself.
Above DRIVKRAFT_SEARCH_PART_SIZE records (default 5000) the index is written in parts, as the build does.

  --dist DIR  the build's output folder, relative to site/ (default: DRIVKRAFT_OUT_DIR, else dist)
  -h, --help  show this help

Exit code: 0 when the index is written (or there is nothing to do), 1 on an error, 2 on bad usage.`

const SITE = resolve(import.meta.dirname, '../../site')

/** Entry point of `npm run search-index`. Runs on Node's own TypeScript support, without a loader. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(
    { args: argv, options: { dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } } },
    HELP,
  )
  if (typeof parsed === 'number') return parsed
  const mode = searchIndexMode()
  const recordsPerPart = searchPartSize()
  const dist = resolve(SITE, parsed.values.dist ?? siteOutDir())
  const records = deferredRecordsPath(dist)
  if (!existsSync(records)) {
    if (mode === 'during') {
      console.log('search-index: nothing to do, the build wrote the search index itself')
      return 0
    }
    console.error(
      `search-index: no search records at ${records}. Build first with DRIVKRAFT_SEARCH_INDEX=after ` +
        '(npm run build does both steps).',
    )
    return 1
  }
  const started = performance.now()
  // Written beside the output folder and moved in whole, so that a failure leaves no half index in it.
  const staging = indexStagingPath(dist)
  rmSync(staging, { recursive: true, force: true })
  let count
  try {
    count = await indexRecords(readRecords(records), staging, { recordsPerPart })
    await moveDir(staging, join(dist, 'pagefind'))
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  rmSync(records)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `search-index: Pagefind indexed ${describeIndex(count, recordsPerPart)} into ${join(dist, 'pagefind')} in ${seconds} s`,
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
