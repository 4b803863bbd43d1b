/**
 * The search index's own process (`indexInChildProcess`, `./indexProcess.ts`). Its arguments: the folder to write
 * the index to, and JSON of `ChildOptions`. It reads that many search records as NDJSON on stdin, in part order
 * (`inPartOrder`), indexes them with Pagefind (`indexRecordsByPart`, one part in memory at a time) and prints how
 * many it indexed. On an error it prints the message on stderr and exits 1. Runs on Node's own TypeScript
 * support, so its imports name their extensions.
 */
import { readRecordLines } from './deferredRecords.ts'
import { indexRecordsByPart } from './indexRecords.ts'
import type { ChildOptions } from './indexProcess.ts'

async function main([outputPath, json]: string[]): Promise<void> {
  if (!outputPath || !json) throw new Error('usage: indexChild.ts OUTPUT_FOLDER OPTIONS_JSON')
  const { count, ...options } = JSON.parse(json) as ChildOptions
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`indexChild.ts: "count" must be a whole number of records, not ${count}`)
  }
  await indexRecordsByPart(
    readRecordLines(process.stdin, 'search records on stdin'),
    count,
    outputPath,
    options,
  )
  process.stdout.write(`${count}\n`)
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exitCode = 1
  })
}
