import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { finding, type Finding } from './finding.ts'

/** HTML_CodeSniffer error codes switched off, each with the reason it does not apply. Empty: all run. */
export const htmlcsIgnoredCodes: Record<string, string> = {}

let source: string | undefined

function htmlcsSource(): string {
  source ??= readFileSync(
    createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'),
    'utf8',
  )
  return source
}

interface HtmlcsMessage {
  code: string
  msg: string
  element: string
}

/** HTML_CodeSniffer WCAG2AA errors (type 1) on the page as it is now; warnings and notices are not counted. */
export async function runHtmlcs(page: Page, path: string): Promise<Finding[]> {
  // Evaluated over the DevTools protocol, which the page's CSP does not govern, unlike an injected <script>.
  await page.evaluate(htmlcsSource())
  const messages = await page.evaluate(
    () =>
      new Promise<HtmlcsMessage[]>((done, fail) => {
        const htmlcs = (window as unknown as { HTMLCS: HtmlcsGlobal }).HTMLCS
        htmlcs.process(
          'WCAG2AA',
          document,
          () =>
            done(
              htmlcs
                .getMessages()
                .filter((message) => message.type === 1)
                .map((message) => ({
                  code: message.code,
                  msg: message.msg,
                  element:
                    (message.element as Element).outerHTML?.slice(0, 120) ??
                    message.element.nodeName,
                })),
            ),
          () => fail(new Error('HTML_CodeSniffer could not run WCAG2AA')),
          'en',
        )
      }),
  )
  return messages
    .filter(
      (message) => !Object.keys(htmlcsIgnoredCodes).some((code) => message.code.includes(code)),
    )
    .map((message) => finding('htmlcs', path, message.code, `${message.msg} — ${message.element}`))
}

interface HtmlcsGlobal {
  process: (
    standard: string,
    content: Document,
    done: () => void,
    failed: () => void,
    language: string,
  ) => void
  getMessages: () => { type: number; code: string; msg: string; element: Node }[]
}
