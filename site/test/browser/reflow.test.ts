import { describe, expect, test } from 'vitest'
import { hydrateIslands } from '../quality/gates/browserChecks.ts'
import { formatFindings } from '../quality/gates/finding.ts'
import {
  checkHorizontalScroll,
  enlargeText,
  findClippedText,
  reflowViewport,
} from '../quality/gates/reflow.ts'
import { describeInBrowser } from './support/browser.ts'
import { distDir } from './support/dist.ts'
import { useBrowserSession } from './support/session.ts'
import { gatePaths } from './support/sitemap.ts'
import { useVisitor } from './support/visit.ts'

const paths = await gatePaths(distDir())

describeInBrowser('reflow and text size', () => {
  const session = useBrowserSession()

  describe('at 320 CSS px no page scrolls sideways (WCAG 1.4.10)', () => {
    const visit = useVisitor(session, { viewport: reflowViewport })
    test.each(paths)('%s', async (path) => {
      const findings = await visit(path, async (page) => {
        await hydrateIslands(page)
        return checkHorizontalScroll(page, path)
      })
      expect(findings, formatFindings(findings)).toEqual([])
    })
  })

  describe('at 200 % text size no text is clipped (WCAG 1.4.4)', () => {
    const visit = useVisitor(session, { viewport: { width: 1280, height: 800 } })
    test.each(paths)('%s', async (path) => {
      const findings = await visit(path, async (page) => {
        await hydrateIslands(page)
        await enlargeText(page)
        return findClippedText(page, path)
      })
      expect(findings, formatFindings(findings)).toEqual([])
    })
  })
})
