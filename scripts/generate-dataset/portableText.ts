import type { Random } from './random.ts'
import { paragraph, sentence } from './text.ts'

interface Span {
  _key: string
  _type: 'span'
  text: string
  marks: string[]
}

/** A Portable Text block as the `richText` type stores it. */
export interface Block {
  _key: string
  _type: 'block'
  style: 'normal' | 'h2' | 'h3' | 'blockquote'
  listItem?: 'bullet' | 'number'
  level?: number
  markDefs: Record<string, unknown>[]
  children: Span[]
}

const span = (key: string, text: string, marks: string[] = []): Span => ({
  _key: key,
  _type: 'span',
  text,
  marks,
})

const HEADINGS = ['Bakgrunn', 'Slik jobber vi', 'Hva skjer videre', 'Resultater så langt'] as const

/**
 * A realistic `richText` body: an intro paragraph with emphasis and an internal link, an optional heading with
 * a bullet list, and closing paragraphs. `linkTo` is the document an `internalLink` annotation points at; its
 * title is the link text, because vague link text («les mer») fails the accessibility checks.
 */
export function richText(
  random: Random,
  linkTo: { id: string; title: string } | undefined,
): Block[] {
  const blocks: Block[] = []
  const intro = paragraph(random, random.int(1, 3))
  const introChildren: Span[] = [span('s1', `${intro} `), span('s2', sentence(random), ['strong'])]
  const markDefs: Record<string, unknown>[] = []
  if (linkTo) {
    markDefs.push({
      _key: 'l1',
      _type: 'internalLink',
      reference: { _type: 'reference', _ref: linkTo.id },
    })
    introChildren.push(span('s3', ' Se også '), span('s4', linkTo.title, ['l1']), span('s5', '.'))
  }
  blocks.push({ _key: 'b1', _type: 'block', style: 'normal', markDefs, children: introChildren })
  if (random.chance(0.6)) {
    blocks.push({
      _key: 'b2',
      _type: 'block',
      style: 'h2',
      markDefs: [],
      children: [span('s1', random.pick(HEADINGS))],
    })
    const items = random.int(2, 4)
    for (let item = 1; item <= items; item++) {
      blocks.push({
        _key: `li${item}`,
        _type: 'block',
        style: 'normal',
        listItem: 'bullet',
        level: 1,
        markDefs: [],
        children: [span('s1', sentence(random), random.chance(0.3) ? ['em'] : [])],
      })
    }
  }
  const closing = random.int(0, 2)
  for (let index = 1; index <= closing; index++) {
    blocks.push({
      _key: `p${index}`,
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [span('s1', paragraph(random, random.int(1, 2)))],
    })
  }
  return blocks
}
