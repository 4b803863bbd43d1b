import type { Content } from '../../src/lib/content/createContent'

/** A fixed `now` so upcoming/past splits are comparable between runs and sources. */
export const FIXED_NOW = new Date('2024-06-01T10:00:00Z')

/**
 * Calls every getter of a content instance (all of them, found by key, so a new getter is covered without edits)
 * and returns the results by name. Getters without a parameter ignore `now`.
 */
export async function everyGetter(
  content: Content,
  now: Date = FIXED_NOW,
): Promise<Record<keyof Content, unknown>> {
  const results = {} as Record<keyof Content, unknown>
  for (const name of Object.keys(content) as Array<keyof Content>) {
    const getter = content[name] as (now: Date) => Promise<unknown>
    results[name] = await getter(now)
  }
  return results
}
