import {
  toHTML,
  type PortableTextBlockComponent,
  type PortableTextHtmlComponents,
  type PortableTextMarkComponent,
} from '@portabletext/to-html'
import { escapeHtml } from '../../../../schemas/ui/escapeHtml'
import type { ImageField } from '../image/imageSources'
import type { PortableText } from '../content/types'
import { hrefFor, type LinkTarget } from '../urls'

// The HTML of rich text (`richText`), written as strings with Sanity's own `@portabletext/to-html` rather than
// one Astro component per block, mark and span: about thirteen component renders on a typical page
// (docs/performance.md, item 21). Images stay Astro components (`SanityImage`), so the text comes in parts.

/** A run of rich text as HTML, or an image between two runs. */
export type RichTextPart = { html: string } | { image: ImageField }

/** Only web and mail links become links; anything else (javascript:, data:) stays plain text. */
const SAFE_EXTERNAL = /^(https?:|mailto:)/i

const internalLink: PortableTextMarkComponent<{
  _type: 'internalLink'
  target?: LinkTarget | null
}> = ({ children, value }) => {
  const href = hrefFor(value?.target)
  return href ? `<a href="${escapeHtml(href)}">${children}</a>` : `<span>${children}</span>`
}

/** A link that opens a new tab says so in its accessible name. */
const externalLink: PortableTextMarkComponent<{
  _type: 'externalLink'
  href?: string
  openInNewTab?: boolean
}> = ({ children, value }) => {
  const href = value?.href
  if (!href || !SAFE_EXTERNAL.test(href)) return `<span>${children}</span>`
  return value.openInNewTab
    ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${children}` +
        `<span class="ds-sr-only"> (åpnes i ny fane)</span></a>`
    : `<a href="${escapeHtml(href)}">${children}</a>`
}

/** A visible stand-in for an element the site cannot render yet, so an editor notices it (never dropped). */
function unknownNotice(type: string, isInline: boolean): string {
  const attributes = `class="pt-unknown" data-portabletext-unknown="${escapeHtml(type)}"`
  const message = escapeHtml(`Dette innholdet («${type}») kan ikke vises her ennå.`)
  return isInline ? `<span ${attributes}>[${message}]</span>` : `<p ${attributes}>${message}</p>`
}

/**
 * A mark the schema does not have keeps its text and nothing more: not to-html's defaults for marks outside the
 * schema (`underline` as an inline `style`, which the CSP blocks; `code`, `strike-through`; `link`, which would
 * link what the editors never could).
 */
const unknownMark: PortableTextMarkComponent = ({ children }) =>
  `<span data-portabletext-unknown="mark">${children}</span>`

const components: Partial<PortableTextHtmlComponents> = {
  // The site's escaping, without to-html's turning of repeated spaces into &nbsp;.
  escapeHTML: escapeHtml,
  marks: {
    internalLink,
    externalLink,
    underline: unknownMark,
    code: unknownMark,
    'strike-through': unknownMark,
    link: unknownMark,
  },
  unknownMark,
  unknownType: ({ value, isInline }) => unknownNotice(value._type, isInline),
  // A block style the site does not know is a plain paragraph, so its text is never lost.
  unknownBlockStyle: ({ children, value }) =>
    `<p data-portabletext-style="${escapeHtml(value.style ?? '')}">${children ?? ''}</p>`,
  unknownList: ({ children }) => `<ul data-portabletext-unknown="list">${children}</ul>`,
  hardBreak: () => '<br>',
}

const isImage = (
  member: PortableText[number],
): member is Extract<PortableText[number], { _type: 'imageWithAlt' }> =>
  member._type === 'imageWithAlt'

/** How rich text is written into its page. */
export interface RichTextOptions {
  /**
   * The level of the heading the text sits under, so an editor's headings rank below it: 1 (the default) for a
   * page's main text right under its h1, where «Overskrift 2» stays an h2; 2 for text in a section with its own h2
   * («Om tiltaket»), where an editor's h2 becomes an h3 and an h3 an h4; never below h6.
   */
  headingBase?: number
}

const HEADING_STYLES = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const

/** The components with each heading style moved `shift` levels down, made once per shift. */
const shiftedComponents = new Map<number, Partial<PortableTextHtmlComponents>>()

function componentsUnder(headingBase = 1): Partial<PortableTextHtmlComponents> {
  const shift = Math.max(0, Math.floor(headingBase) - 1)
  if (shift === 0) return components
  let shifted = shiftedComponents.get(shift)
  if (!shifted) {
    const block: Record<string, PortableTextBlockComponent> = {}
    HEADING_STYLES.forEach((style, index) => {
      const level = Math.min(6, index + 1 + shift)
      block[style] = ({ children }) => `<h${level}>${children ?? ''}</h${level}>`
    })
    shifted = { ...components, block }
    shiftedComponents.set(shift, shifted)
  }
  return shifted
}

/** The HTML of rich text without images (they are `richTextParts`' business). */
export function richTextHtml(value: PortableText, options: RichTextOptions = {}): string {
  return toHTML(value as Parameters<typeof toHTML>[0], {
    components: componentsUnder(options.headingBase),
    onMissingComponent: false,
  })
}

/** Rich text as runs of HTML between its images, in order; empty for no text. */
export function richTextParts(
  value: PortableText | null | undefined,
  options: RichTextOptions = {},
): RichTextPart[] {
  const parts: RichTextPart[] = []
  let run: PortableText = []
  const flush = () => {
    if (run.length > 0) parts.push({ html: richTextHtml(run, options) })
    run = []
  }
  for (const member of value ?? []) {
    if (isImage(member)) {
      flush()
      parts.push({ image: member })
    } else run.push(member)
  }
  flush()
  return parts
}
