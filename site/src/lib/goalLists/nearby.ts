/**
 * Up to `count` items next to `items[index]`, in order and without it: as many before it as after it where the
 * list allows (an odd count puts the extra one after), so that with a count of two or more every item is among its
 * neighbours' and a chain of pages reaches each one. An index outside the list gives its first `count` items.
 */
export function nearby<T>(items: readonly T[], index: number, count: number): T[] {
  if (index < 0 || index >= items.length) return items.slice(0, count)
  const start = Math.max(0, Math.min(index - Math.floor(count / 2), items.length - count - 1))
  return [...items.slice(start, index), ...items.slice(index + 1, start + count + 1)]
}
