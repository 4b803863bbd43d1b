import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { headersForPath, type HeaderRule } from '../../../scripts/serve/securityHeaders.ts'
import { describeInBrowser, openPage } from './support/browser.ts'
import { distDir } from './support/dist.ts'
import { useBrowserSession } from './support/session.ts'

const dist = distDir()

describeInBrowser('security headers on served pages', () => {
  const session = useBrowserSession()

  test('the build carries _headers for Netlify/Cloudflare and the manifest the server reads', async () => {
    const headersFile = await readFile(join(dist, '_headers'), 'utf8')
    const { rules } = JSON.parse(await readFile(join(dist, '_headers.json'), 'utf8')) as {
      rules: HeaderRule[]
    }
    const csp = headersForPath(rules, '/')['Content-Security-Policy']
    expect(headersFile).toMatch(/^\/\*\n/)
    expect(headersFile).toContain(`  Content-Security-Policy: ${csp}\n`)
  })

  test.each(['/', '/tiltak/', '/sok/', '/404.html'])(
    '%s answers with the security headers',
    async (path) => {
      const { context, page } = await openPage(session().browser)
      try {
        const response = await page.goto(session().url(path))
        const headers = response?.headers() ?? {}
        const csp = headers['content-security-policy'] ?? ''
        expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/)
        expect(csp).toMatch(
          /(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*( 'wasm-unsafe-eval')?(;|$)/,
        )
        expect(csp).not.toContain("'unsafe-inline'")
        expect(csp).not.toContain("'unsafe-eval'")
        expect(csp).toContain("frame-ancestors 'none'")
        expect(csp).toContain("object-src 'none'")
        expect(csp).toContain("base-uri 'self'")
        expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
        expect(headers['x-content-type-options']).toBe('nosniff')
        expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
        expect(headers['permissions-policy']).toContain('camera=()')
      } finally {
        await context.close()
      }
    },
  )
})
