import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'
import { finding, type Finding } from './finding.ts'

/**
 * Why each rule that `.htmlvalidate.json` turns off is off. JSON has no comments, so the reasons live here
 * and a test fails when a rule is off without one.
 */
export const htmlValidateOffReasons: Record<string, string> = {}

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
