/** A plain reference value. */
export const ref = (id: string): { _type: 'reference'; _ref: string } => ({
  _type: 'reference',
  _ref: id,
})

/** References as array members, each with the `_key` Sanity requires. */
export const refs = (
  ids: readonly string[],
): { _key: string; _type: 'reference'; _ref: string }[] =>
  ids.map((id, index) => ({ _key: `r${index + 1}`, ...ref(id) }))

/** A slug value. */
export const slug = (current: string): { _type: 'slug'; current: string } => ({
  _type: 'slug',
  current,
})

const DAY_MS = 86_400_000
const EPOCH = Date.UTC(2018, 0, 1)

/** `YYYY-MM-DD` for a day offset from 2018-01-01; fixed dates keep output independent of the clock. */
export function dateFromDay(day: number): string {
  return new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10)
}

/** The last day offset the generator uses (2024-12-31), so no progress entry lies in the future. */
export const LAST_DAY = Math.round((Date.UTC(2024, 11, 31) - EPOCH) / DAY_MS)
