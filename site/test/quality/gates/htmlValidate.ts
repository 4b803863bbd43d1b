import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'
import { finding, type Finding } from './finding.ts'

/**
 * Why each rule that `.htmlvalidate.json` turns off is off. JSON has no comments, so the reasons live here
 * and a test fails when a rule is off without one.
 */
export const htmlValidateOffReasons: Record<string, string> = {
  'long-title':
    'A search-snippet length hint, not validity or WCAG: measure pages carry the official measure names from ' +
    'the programme, many longer than 70 characters, and a cut title would describe the page worse (WCAG 2.4.2).',
}

/** Why each element's metadata is overridden in `.htmlvalidate.json` (`elements`), by element name. */
export const htmlValidateElementReasons: Record<string, string> = {
  style:
    'Astro writes its island bootstrap (`<style>astro-island{display:contents}</style>`) in front of the ' +
    'first island, inside <body>, with no option to move it. Browsers apply it; treating <style> as flow ' +
    'content accepts that one placement and keeps every other content-model check.',
}

/** The repository's html-validate configuration (`.htmlvalidate.json` at the repo root). */
export function htmlValidateConfig(): ConfigData {
  return JSON.parse(
    readFileSync(resolve(process.cwd(), '.htmlvalidate.json'), 'utf8'),
  ) as ConfigData
}

let validator: HtmlValidate | undefined

/** html-validate errors (severity 2) of one page under the repository configuration. */
export async function validateHtml(html: string, page: string): Promise<Finding[]> {
  validator ??= new HtmlValidate(new StaticConfigLoader(htmlValidateConfig()))
  const report = await validator.validateString(html, `${page}.html`)
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) =>
        finding(
          'html-validate',
          page,
          message.ruleId,
          `${message.message} (line ${message.line}:${message.column})`,
        ),
      ),
  )
}
