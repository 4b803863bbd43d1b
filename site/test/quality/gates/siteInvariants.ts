import { NodeType, type HTMLElement, type Node } from 'node-html-parser'
import type { SitePage } from './builtSite.ts'
import { finding, type Finding } from './finding.ts'
import { parseHtml } from './pageInvariants.ts'

/** Every page's `<title>` is its own: two pages with one title cannot be told apart in tabs and history. */
export function checkUniqueTitles(pages: SitePage[]): Finding[] {
  const byTitle = new Map<string, string[]>()
  for (const page of pages) {
    const title = parseHtml(page.html).querySelector('head > title')?.text.trim() ?? ''
    if (title) byTitle.set(title, [...(byTitle.get(title) ?? []), page.path])
  }
  return [...byTitle]
    .filter(([, paths]) => paths.length > 1)
    .flatMap(([title, paths]) =>
      paths.map((path) =>
        finding(
          'site',
          path,
          'unique-title',
          `«${title}» is also the title of ${paths.filter((p) => p !== path).join(', ')}`,
        ),
      ),
    )
}

/** The accessibility statement names the standard, the date of the last check and how to report a problem. */
export function checkAccessibilityStatement(html: string, page: string): Finding[] {
  const main = parseHtml(html).querySelector('main')
  const text = main?.text.replace(/\s+/g, ' ') ?? ''
  const found: Finding[] = []
  const report = (rule: string, message: string) =>
    found.push(finding('statement', page, rule, message))
  if (!/WCAG\s*2\.[12]|EN 301 549/i.test(text)) {
    report('names-standard', 'the statement does not name the standard (WCAG 2.1 / EN 301 549)')
  }
  if (!main?.querySelector('time[datetime]')) {
    report('last-checked', 'the statement shows no <time datetime> for the date of the last check')
  }
  const canReport = /meld|tilbakemelding|rapporter|si fra|gi beskjed/i.test(text)
  const hasContact = (main?.querySelectorAll('a[href]') ?? []).some((a) =>
    /^(mailto:|tel:|https?:)/.test(a.getAttribute('href') ?? ''),
  )
  if (!canReport || !hasContact) {
    report(
      'how-to-report',
      'the statement does not say how to report a problem (text and a contact link)',
    )
  }
  return found
}

/** Every occurrence of a Sámi name in the page body sits inside an element marked `lang="se"`. */
export function checkSamiNames(html: string, page: string, names: string[]): Finding[] {
  const body = parseHtml(html).querySelector('body')
  if (!body || names.length === 0) return []
  const found: Finding[] = []
  for (const text of textNodes(body)) {
    const parent = text.parentNode as HTMLElement | null
    const name = names.find((n) => text.text.includes(n))
    if (!name || !parent) continue
    const lang = parent.closest('[lang]')?.getAttribute('lang')
    if (lang !== 'se') {
      found.push(
        finding(
          'page',
          page,
          'sami-lang',
          `«${name}» is not marked lang="se" (found in <${parent.tagName.toLowerCase()}>)`,
        ),
      )
    }
  }
  return found
}

function* textNodes(node: Node): Generator<Node> {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) yield child
    else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const tag = (child as HTMLElement).tagName
      if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') yield* textNodes(child)
    }
  }
}
