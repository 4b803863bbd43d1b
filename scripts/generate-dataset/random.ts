/** A seeded pseudo-random source: the same seed always yields the same sequence, so datasets are reproducible. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** True with the given probability. */
  chance(probability: number): boolean
  /** Up to `count` distinct elements of `items`, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[]
}

/** Mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() needs at least one item')
    return items[Math.floor(next() * items.length)]!
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    const drawn: T[] = []
    while (drawn.length < count && pool.length > 0) {
      drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
    }
    return drawn
  }
  return { next, int, pick, chance: (probability) => next() < probability, sample }
}
