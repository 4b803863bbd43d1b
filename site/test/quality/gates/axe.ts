import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { finding, type Finding } from './finding.ts'

/** The rule sets that must pass: WCAG 2.0 and 2.1 A and AA (the Norwegian regulation) plus axe's best practice. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** Rules switched off, each with the reason it does not apply. Empty: every rule runs. */
export const axeDisabledRules: Record<string, string> = {}

/** axe violations on the page as it is now (load and hydrate first). */
export async function runAxe(page: Page, path: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(axeTags)
  const disabled = Object.keys(axeDisabledRules)
  if (disabled.length > 0) builder = builder.disableRules(disabled)
  const { violations } = await builder.analyze()
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5)
    const more = violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : ''
    return finding(
      'axe',
      path,
      violation.id,
      `${violation.help} [${violation.impact}]: ${targets.join(', ')}${more}`,
    )
  })
}
