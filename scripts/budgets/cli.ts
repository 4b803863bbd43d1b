import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { BUDGETS } from './budgets.ts'
import { checkBudgets } from './checkBudgets.ts'

const USAGE = `Usage: npm run budgets [-- DIST_DIR]

Checks a built site (default site/dist) against the page-weight budgets and exits 1 when one breaks:
  no JavaScript except on ${BUDGETS.pagesWithJs.join(', ')}; /tiltak/ ≤ ${BUDGETS.tiltakJsGzipBytes} bytes of JS gzipped;
  HTML + CSS ≤ ${BUDGETS.htmlCssGzipBytes} bytes gzipped per page; ≤ ${BUDGETS.maxInternalLinks} internal links per page.
SITE_URL sets the origin whose absolute links count as internal (default https://retenk.no).`

const args = process.argv.slice(2)
if (args.includes('--help')) {
  console.log(USAGE)
} else {
  try {
    const dist = resolve(process.cwd(), args[0] ?? 'site/dist')
    if (!existsSync(dist)) throw new Error(`no built site in ${dist}: run npm run build first`)
    const violations = checkBudgets(dist, { siteOrigin: process.env.SITE_URL || undefined })
    for (const violation of violations) console.error(violation.message)
    console.log(`${violations.length} budget violation(s) in ${dist}`)
    if (violations.length > 0) process.exitCode = 1
  } catch (error) {
    console.error(`budgets: ${(error as Error).message}`)
    process.exitCode = 1
  }
}
