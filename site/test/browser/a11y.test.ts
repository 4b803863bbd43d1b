import { expect, test } from 'vitest'
import { runAxe } from '../quality/gates/axe.ts'
import { hydrateIslands, pageProblems, recordPageProblems } from '../quality/gates/browserChecks.ts'
import { formatFindings } from '../quality/gates/finding.ts'
import { describeInBrowser } from './support/browser.ts'
import { distDir } from './support/dist.ts'
import { useBrowserSession } from './support/session.ts'
import { gatePaths } from './support/sitemap.ts'
import { useVisitor } from './support/visit.ts'

const paths = await gatePaths(distDir())

describeInBrowser(
  'axe (WCAG 2.1 A/AA + best practice), CSP and script errors on every page',
  () => {
    const session = useBrowserSession()
    const visit = useVisitor(
      session,
      { viewport: { width: 1280, height: 800 } },
      recordPageProblems,
    )

    test.each(paths)('%s', async (path) => {
      const findings = await visit(path, async (page) => {
        // Islands (the /tiltak/ filter) are checked as visitors with JavaScript see them: hydrated.
        await hydrateIslands(page)
        return [...(await runAxe(page, path)), ...(await pageProblems(page, path))]
      })
      expect(findings, formatFindings(findings)).toEqual([])
    })

    test('/sok/ showing results', async () => {
      const path = '/sok/?q=Harstad'
      const findings = await visit(path, async (page) => {
        const status = page.getByRole('status')
        await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ treff/)
        return [...(await runAxe(page, path)), ...(await pageProblems(page, path))]
      })
      expect(findings, formatFindings(findings)).toEqual([])
    })
  },
)
