/** The limits CI holds the built site to: bytes and counts only, never time (STYLE.md 24). */
export const BUDGETS = {
  /** Pages allowed to ship JavaScript; every other page must ship none. */
  pagesWithJs: ['/tiltak/', '/sok/'],
  /** All JavaScript `/tiltak/` loads, its module imports included, gzipped. */
  tiltakJsGzipBytes: 80 * 1024,
  /** A page's HTML plus its stylesheets, gzipped; images are not counted. */
  htmlCssGzipBytes: 60 * 1024,
  /** Links to pages of this site on one page. */
  maxInternalLinks: 200,
} as const

/** Which budget a page breaks. */
export type BudgetName = 'js-free' | 'tiltak-js' | 'html-css' | 'internal-links'

/** One broken budget on one page, with the measured figure and its limit. */
export interface Violation {
  page: string
  budget: BudgetName
  actual: number
  limit: number
  message: string
}
