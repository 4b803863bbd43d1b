import { parse, type HTMLElement } from 'node-html-parser'
import { finding, type Finding } from './finding.ts'

/** Options of `checkPage`. */
export interface PageCheckOptions {
  /** Path of the accessibility statement every footer must link; when unknown, the link is found by its text. */
  statementPath?: string
}

const statementText = /tilgjengelighetserkl(æ|ae)ring/i
// Link text that says nothing out of context (WCAG 2.4.4); compared after trimming and lower-casing.
const vagueLinkTexts = new Set([
  'her',
  'klikk her',
  'trykk her',
  'les mer',
  'les mer her',
  'mer',
  'lenke',
  'se her',
])
const focusable =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'
const isoDateTime =
  /^(\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?|P[\dYMWDTHS.]+)$/

/** Parses HTML the way every static gate does. */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false })
}

/** Static checks of one built page: language, headings, landmarks, skip link, badges, images, links, footer. */
export function checkPage(html: string, page: string, options: PageCheckOptions = {}): Finding[] {
  const root = parseHtml(html)
  const found: Finding[] = []
  const report = (rule: string, message: string) => found.push(finding('page', page, rule, message))

  const lang = root.querySelector('html')?.getAttribute('lang')
  if (lang !== 'nb')
    report('html-lang-nb', `<html lang> is ${JSON.stringify(lang ?? null)}, expected "nb"`)

  const title = root.querySelector('head > title')?.text.trim() ?? ''
  if (!title) report('title', 'the page has no <title> text')

  const h1s = root.querySelectorAll('h1')
  if (h1s.length !== 1) report('one-h1', `expected exactly one <h1>, found ${h1s.length}`)

  const mains = root.querySelectorAll('main')
  if (mains.length !== 1) report('one-main', `expected exactly one <main>, found ${mains.length}`)

  checkSkipLink(root, report)

  for (const badge of root.querySelectorAll('.status-badge')) {
    if (!badge.text.trim())
      report('status-badge-text', `a status badge has no text: ${snippet(badge)}`)
  }

  for (const image of root.querySelectorAll('img:not([alt])')) {
    report('img-alt', `an image has no alt attribute: ${snippet(image)}`)
  }

  for (const time of root.querySelectorAll('time')) {
    const value = time.getAttribute('datetime') ?? ''
    if (!isoDateTime.test(value)) {
      report('time-datetime', `<time> needs a machine-readable datetime: ${snippet(time)}`)
    }
  }

  for (const link of root.querySelectorAll('a[href]')) {
    const name = (link.getAttribute('aria-label') ?? link.text)
      .trim()
      .toLowerCase()
      .replace(/[.:…]+$/, '')
    if (vagueLinkTexts.has(name) && !link.hasAttribute('aria-labelledby')) {
      report('link-text', `link text «${name}» does not say where it goes: ${snippet(link)}`)
    }
    if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) {
      report('no-inline-script', `a javascript: link is blocked by the CSP: ${snippet(link)}`)
    }
  }

  for (const element of root.querySelectorAll('*')) {
    const handler = Object.keys(element.attributes).find((name) => /^on[a-z]+$/i.test(name))
    if (handler)
      report('no-inline-script', `inline ${handler}= is blocked by the CSP: ${snippet(element)}`)
  }

  checkFooter(root, options.statementPath, report)
  return found
}

function checkSkipLink(root: HTMLElement, report: (rule: string, message: string) => void): void {
  const first = root.querySelector('body')?.querySelector(focusable)
  const href = first?.getAttribute('href') ?? ''
  const target = href.startsWith('#')
    ? root.getElementById(decodeURIComponent(href.slice(1)))
    : null
  if (!first || !target) {
    report(
      'skip-link',
      `the first focusable element must be a link to <main>; it is ${first ? snippet(first) : 'missing'}`,
    )
  } else if (target.tagName !== 'MAIN') {
    report('skip-link', `the skip link points at <${target.tagName.toLowerCase()}>, not <main>`)
  }
}

function checkFooter(
  root: HTMLElement,
  statementPath: string | undefined,
  report: (rule: string, message: string) => void,
): void {
  const links = root.querySelectorAll('footer a[href]')
  const ok = statementPath
    ? links.some((link) => link.getAttribute('href') === statementPath)
    : links.some((link) => statementText.test(link.text))
  if (!ok) {
    report(
      'footer-statement-link',
      `the footer does not link the accessibility statement${statementPath ? ` (${statementPath})` : ''}`,
    )
  }
}

/** The first 120 characters of an element's HTML, to point at it in a message. */
export function snippet(element: HTMLElement): string {
  const html = element.outerHTML.replace(/\s+/g, ' ')
  return html.length > 120 ? `${html.slice(0, 117)}…` : html
}

/** The footer link to the accessibility statement of a page, found by its text. */
export function statementLink(html: string): string | null {
  const link = parseHtml(html)
    .querySelectorAll('footer a[href]')
    .find((a) => statementText.test(a.text))
  return link?.getAttribute('href') ?? null
}
