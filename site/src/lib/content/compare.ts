const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

/** Norwegian ordering of display text (æ, ø, å last), null last. */
export function compareText(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1
  return collator.compare(a, b)
}

/** Ascending numbers, null last (optional `order`/`number` fields). */
export function compareNumber(a: number | null | undefined, b: number | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1
  return a - b
}

/** Code-point order of ids: the final tie-breaker, identical whatever order a source returned. */
export function compareId(a: { _id: string }, b: { _id: string }): number {
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0
}

/** Chains comparators: the first non-zero result wins. */
export function by<T>(...comparators: Array<(a: T, b: T) => number>): (a: T, b: T) => number {
  return (a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b)
      if (result !== 0) return result
    }
    return 0
  }
}
