import type { Content } from './createContent'

/**
 * Hands the build's content from a build integration to the pages, in the same process. Astro loads integrations
 * and pages in two module graphs, so a module-level variable is not shared between them; a registered symbol on
 * `globalThis` is.
 *
 * The search index (src/integrations/pagefind.ts) opens the content when the build starts, while Vite still
 * bundles, and starts indexing it at once; the pages then render that very content, without parsing the dataset
 * (or querying the Content Lake) a second time (docs/performance.md, item 39). Without a build (`astro dev`,
 * tests), nothing is provided and the content module opens its own.
 */
const KEY = Symbol.for('drivkraft.content.provided')

type Registry = Record<typeof KEY, Content | undefined>

/** Makes `content` the pages' content until `withdraw` is called. */
export function provideContent(content: Content): { withdraw: () => void } {
  const registry = globalThis as unknown as Registry
  registry[KEY] = content
  return {
    withdraw: () => {
      if (registry[KEY] === content) registry[KEY] = undefined
    },
  }
}

/** The content a build integration provided, if any. */
export function providedContent(): Content | undefined {
  return (globalThis as unknown as Registry)[KEY]
}
