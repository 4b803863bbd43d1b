import type { Content } from './createContent'

/**
 * Hands the pages' content to a build integration in the same process. Astro loads integrations and pages in two
 * module graphs, so a module-level variable is not shared between them; a registered symbol on `globalThis` is.
 * The search index (src/integrations/pagefind.ts) uses it to index the very content the pages render, without
 * parsing the dataset (or querying the Content Lake) a second time.
 */
const KEY = Symbol.for('drivkraft.content.share')

type Receiver = (content: Content) => void
type Registry = Record<typeof KEY, Receiver | undefined>

/** Called once by the content module when it creates the pages' content. */
export function shareContent(content: Content): void {
  ;(globalThis as unknown as Registry)[KEY]?.(content)
}

/**
 * The content the pages will use, as soon as the first page asks for it. `fallback(make)` settles it with other
 * content when no page did (a build with no content pages), so that nothing waits for ever; `close()` stops
 * listening.
 */
export function receiveContent(): {
  content: Promise<Content>
  fallback: (make: () => Content) => void
  close: () => void
} {
  const registry = globalThis as unknown as Registry
  let settle: Receiver = () => undefined
  let settled = false
  const content = new Promise<Content>((resolve) => {
    settle = (value) => {
      if (settled) return
      settled = true
      resolve(value)
    }
  })
  registry[KEY] = settle
  return {
    content,
    fallback: (make) => {
      if (!settled) settle(make())
    },
    close: () => {
      if (registry[KEY] === settle) registry[KEY] = undefined
    },
  }
}
