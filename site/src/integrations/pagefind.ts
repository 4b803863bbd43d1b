import { rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { createContent, type Content } from '../lib/content/createContent'
import { provideContent } from '../lib/content/share'
import { openSource } from '../lib/content/source'
import { moveDir } from '../lib/files/moveDir'
import { deferredRecordsPath, indexStagingPath, writeRecords } from '../lib/search/deferredRecords'
import { describeIndex } from '../lib/search/indexRecords'
import { indexInChildProcess } from '../lib/search/indexProcess'
import { searchIndexMode, searchPartSize } from '../lib/search/searchIndexMode'
import { searchRecords } from '../lib/search/searchRecords'

interface Staged {
  /** The folder the finished index was written to. */
  dir: string
  count: number
  /** How long building the records, indexing and writing took, in ms. */
  ms: number
  /** When it was done (`performance.now()`). */
  doneAt: number
}

/**
 * Indexes one Pagefind record per searchable page, built from content (`searchRecords`), and writes the index to
 * `dir` (`indexStagingPath`), in a process of its own at idle priority (`indexInChildProcess`).
 */
async function stageIndex(content: Content, dir: string, recordsPerPart: number): Promise<Staged> {
  const started = performance.now()
  await rm(dir, { recursive: true, force: true })
  // Gone with the process whatever happens to the build; after a successful move there is nothing left here.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  try {
    const count = await indexInChildProcess(await searchRecords(content), dir, { recordsPerPart })
    const doneAt = performance.now()
    return { dir, count, ms: doneAt - started, doneAt }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/**
 * The search index for /sok/ (Pagefind, Norwegian bokmål; in parts above `MAX_RECORDS_PER_PART` records, see
 * `../lib/search/indexRecords.ts`). The records come from the content the pages render, not from the built HTML:
 * this integration opens the content when the build starts and provides it to the pages (`../lib/content/share.ts`).
 *
 * By default (`DRIVKRAFT_SEARCH_INDEX` unset or `during`) the whole index is built in a process of its own, at
 * idle priority, from the start of the build, while Vite bundles and Astro renders the pages, and the finished
 * index is moved next to them when the build is done. With `after`, the build only writes the records beside its
 * output folder (`deferredRecordsPath`), and `npm run search-index` indexes them once Astro's process has exited
 * (see `../lib/search/searchIndexMode.ts`).
 */
export function pagefind(): AstroIntegration {
  let content: Content | undefined
  let provided: ReturnType<typeof provideContent> | undefined
  let staging: Promise<Staged> | undefined
  /** The build's output folder (from the config); the records and the staged index go beside it. */
  let outDir = ''
  let deferred = false
  let recordsPerPart = 0
  /** When Astro had written the last page (`performance.now()`). */
  let renderedAt = 0
  return {
    name: 'drivkraft-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Read here, so that a bad value stops the build before anything is rendered.
        deferred = searchIndexMode() === 'after'
        recordsPerPart = searchPartSize()
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:start': ({ logger }) => {
        // Records left by an earlier build must never be indexed into this one.
        rmSync(deferredRecordsPath(outDir), { force: true })
        content = createContent(openSource())
        provided = provideContent(content)
        if (deferred) return
        // Started now, while Vite bundles: the index is what the build waits for last (item 39).
        staging = stageIndex(content, indexStagingPath(outDir), recordsPerPart)
        // Said at once, while the pages still render; astro:build:done fails the build with it.
        staging.catch((error: unknown) =>
          logger.error(`The search index failed: ${(error as Error).message}`),
        )
      },
      'astro:build:generated': () => {
        renderedAt = performance.now()
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!content || !provided) {
          throw new Error('Pagefind: astro:build:start never ran, so nothing was indexed')
        }
        provided.withdraw()
        if (deferred) {
          const recordsPath = deferredRecordsPath(outDir)
          const count = writeRecords(recordsPath, await searchRecords(content))
          logger.info(
            `${count} search records written to ${recordsPath}; \`npm run search-index\` indexes them`,
          )
          return
        }
        if (!staging) throw new Error('Pagefind: the index was never started')
        const { dir: staged, count, ms, doneAt } = await staging
        // The steps after the render (the sitemap, the security headers) run before this one, in this time too.
        const after = Math.max(0, doneAt - renderedAt)
        await moveDir(staged, join(fileURLToPath(dir), 'pagefind'))
        const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`
        logger.info(
          `Pagefind indexed ${describeIndex(count, recordsPerPart)} in ${seconds(ms)}, ${seconds(after)} of it after the pages were done`,
        )
      },
    },
  }
}
