import type { Page } from 'astro'

/**
 * « (side 2 av 7)» for the titles and headings of page 2 onwards of a paged list, so each page has a title of its
 * own; the first page keeps the list's plain name.
 */
export function pageSuffix(page: Pick<Page, 'currentPage' | 'lastPage'>): string {
  return page.currentPage > 1 ? ` (side ${page.currentPage} av ${page.lastPage})` : ''
}
