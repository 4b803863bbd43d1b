import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRandom } from '../generate-dataset/random.ts'
import { actionPhrase, paragraph, sentence } from '../generate-dataset/text.ts'

/**
 * Writes `pages - 1` Markdown files (the baseline's home page is the last one) with a title, a lead and a body
 * of the same kind of text the synthetic measures carry: paragraphs, a heading, a bullet list, emphasis.
 */
export function writeBaselineContent(dir: string, pages: number, seed: number): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const random = createRandom(seed)
  for (let n = 1; n < pages; n++) {
    const items = Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random)}`)
    const markdown = [
      '---',
      `title: "${actionPhrase(random)} – side ${n}"`,
      `lead: "${sentence(random)}"`,
      '---',
      '',
      `${paragraph(random, 2)} **${sentence(random)}**`,
      '',
      '## Slik jobber vi',
      '',
      ...items,
      '',
      `_${paragraph(random, 1)}_`,
      '',
    ].join('\n')
    writeFileSync(join(dir, `side-${n}.md`), markdown)
  }
}
