import { rmSync } from 'node:fs'
import { cp, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'
import { createContent, type Content } from '../lib/content/createContent'
import { receiveContent } from '../lib/content/share'
import { openSource } from '../lib/content/source'
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
    const { index, errors } = await createIndex({ forceLanguage: 'nb' })
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const records = await searchRecords(content)
    const results = await Promise.all(
      records.map(({ url, title, kind, content }) =>
        index.addCustomRecord({ url, content, language: 'nb', meta: { title, kind } }),
      ),
    )
    const failed = results.flatMap((result, i) =>
      result.errors.map((error) => `${records[i]?.url}: ${error}`),
    )
    if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.join('; ')}`)
    const written = await index.writeFiles({ outputPath: dir })
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    }
    return { dir, count: records.length, ms: performance.now() - started }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  } finally {
    await close()
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
 * (handed over by `../lib/content/share.ts` when the first page loads it), not from the built HTML, so the whole
 * index is built in Pagefind's own process while Astro renders the pages, and the finished index is moved next to
 * them when the build is done.
 */
export function pagefind(): AstroIntegration {
  let receiver: ReturnType<typeof receiveContent> | undefined
  let staging: Promise<Staged> | undefined
  return {
    name: 'drivkraft-pagefind',
    hooks: {
      'astro:build:start': ({ logger }) => {
        receiver = receiveContent()
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
        if (!receiver || !staging) {
          throw new Error('Pagefind: astro:build:start never ran, so nothing was indexed')
        }
        // No page loaded content, so none was shared: index from a source of its own.
        receiver.fallback(() => createContent(openSource()))
        receiver.close()
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
