import { groupBy } from './groupBy'

/** Items of one plan (`plan: null` for items without one), in the order the items came. */
export interface PlanGroup<T extends { plan: { _id: string } | null }> {
  plan: T['plan']
  items: T[]
}

/**
 * Groups items by their plan in one pass, plans in the order they first occur, so a list in plan order (focus
 * areas, a page of them) shows each plan once with its items under it.
 */
export function planGroups<T extends { plan: { _id: string } | null }>(
  items: readonly T[],
): PlanGroup<T>[] {
  return [...groupBy(items, (item) => [item.plan?._id ?? '']).values()].map((group) => ({
    plan: group[0]!.plan,
    items: group,
  }))
}
