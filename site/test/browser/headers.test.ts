import { expect, test } from 'vitest'
import { describeInBrowser } from './support/browser.ts'
import { openPage } from './support/browser.ts'
import { useBrowserSession } from './support/session.ts'

describeInBrowser('security headers on a served page', () => {
  const session = useBrowserSession()

  test.each(['/', '/404.html'])('%s carries the security headers', async (path) => {
    const { context, page } = await openPage(session().browser)
    try {
      const response = await page.goto(session().url(path))
      const headers = response?.headers() ?? {}
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy']).toMatch(/script-src 'self'/)
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
    } finally {
      await context.close()
    }
  })
})
