import { rmSync } from 'node:fs'
import { cp, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { createContent, type Content } from '../lib/content/createContent'
import { receiveContent } from '../lib/content/share'
import { openSource } from '../lib/content/source'
import { deferredRecordsPath, writeRecords } from '../lib/search/deferredRecords'
import { indexRecords } from '../lib/search/indexRecords'
import { searchIndexMode } from '../lib/search/searchIndexMode'
import { searchRecords } from '../lib/search/searchRecords'
import { failIfAbandoned } from './failIfAbandoned'

interface Staged {
  /** The folder the finished index was written to. */
  dir: string
  count: number
  /** How long building the records, indexing and writing took, in ms. */
  ms: number
}

/**
 * Indexes one Pagefind record per searchable page, built from content (`searchRecords`), and writes the index to
 * a folder of its own.
 */
async function stageIndex(content: Content): Promise<Staged> {
  const started = performance.now()
  const dir = await mkdtemp(join(tmpdir(), 'drivkraft-pagefind-'))
  // Gone with the process whatever happens to the build; after a successful move there is nothing left here.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  try {
    const count = await indexRecords(await searchRecords(content), dir)
    return { dir, count, ms: performance.now() - started }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** Moves a folder into place, copying when it is on another file system. */
async function moveDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/**
 * The search index for /sok/ (Pagefind, Norwegian bokmål). The records come from the content the pages render
 * (handed over by `../lib/content/share.ts` when the first page loads it), not from the built HTML.
 *
 * By default (`DRIVKRAFT_SEARCH_INDEX` unset or `during`) the whole index is built in Pagefind's own process while
 * Astro renders the pages, and the finished index is moved next to them when the build is done. With `after`, the
 * build only writes the records beside its output folder (`deferredRecordsPath`), and `npm run search-index`
 * indexes them once Astro's process has exited (see `../lib/search/searchIndexMode.ts`).
 */
export function pagefind(): AstroIntegration {
  let receiver: ReturnType<typeof receiveContent> | undefined
  let staging: Promise<Staged> | undefined
  let records: string | undefined
  return {
    name: 'drivkraft-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        const mode = searchIndexMode()
        const path = deferredRecordsPath(fileURLToPath(config.outDir))
        // Records left by an earlier build must never be indexed into this one.
        rmSync(path, { force: true })
        records = mode === 'after' ? path : undefined
      },
      'astro:build:start': ({ logger }) => {
        receiver = receiveContent()
        if (records) return
        staging = failIfAbandoned(
          receiver.content.then(stageIndex),
          'Pagefind stopped before the search index was written (its process may have been killed)',
        )
        // Said at once, while the pages still render; astro:build:done fails the build with it.
        staging.catch((error: unknown) =>
          logger.error(`The search index failed: ${(error as Error).message}`),
        )
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!receiver) {
          throw new Error('Pagefind: astro:build:start never ran, so nothing was indexed')
        }
        // No page loaded content, so none was shared: index from a source of its own.
        receiver.fallback(() => createContent(openSource()))
        receiver.close()
        if (records) {
          const found = await searchRecords(await receiver.content)
          writeRecords(records, found)
          logger.info(
            `${found.length} search records written to ${records}; \`npm run search-index\` indexes them`,
          )
          return
        }
        if (!staging) throw new Error('Pagefind: the index was never started')
        const renderedAt = performance.now()
        const { dir: staged, count, ms } = await staging
        const waited = performance.now() - renderedAt
        await moveDir(staged, join(fileURLToPath(dir), 'pagefind'))
        const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`
        logger.info(
          `Pagefind indexed ${count} pages in ${seconds(ms)}, ${seconds(waited)} of it after the pages were done`,
        )
      },
    },
  }
}
