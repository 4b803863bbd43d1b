import { expect, test } from 'vitest'
import { hydrateIslands } from '../quality/gates/browserChecks.ts'
import { formatFindings } from '../quality/gates/finding.ts'
import { runHtmlcs } from '../quality/gates/htmlcs.ts'
import { describeInBrowser } from './support/browser.ts'
import { distDir } from './support/dist.ts'
import { useBrowserSession } from './support/session.ts'
import { gatePaths } from './support/sitemap.ts'
import { useVisitor } from './support/visit.ts'

const paths = await gatePaths(distDir())

describeInBrowser('HTML_CodeSniffer WCAG2AA errors on every page', () => {
  const session = useBrowserSession()
  const visit = useVisitor(session, { viewport: { width: 1280, height: 800 } })

  test.each(paths)('%s', async (path) => {
    const findings = await visit(path, async (page) => {
      await hydrateIslands(page)
      return runHtmlcs(page, path)
    })
    expect(findings, formatFindings(findings)).toEqual([])
  })
})
