import { LIST_PAGE_SIZE } from './listPageSize'

/** The page (from 1) of a list paged `pageSize` at a time that holds the item at `index` (from 0). */
export const pageOf = (index: number, pageSize: number = LIST_PAGE_SIZE): number =>
  Math.floor(index / pageSize) + 1
