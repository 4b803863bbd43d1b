import { expect, test } from 'vitest'
import { SEARCH_KINDS } from '../../src/lib/search/searchRecords'
import { describeInBrowser } from './support/browser.ts'
import { useBrowserSession } from './support/session.ts'
import { useVisitor } from './support/visit.ts'

describeInBrowser('search (/sok/)', () => {
  const session = useBrowserSession()
  const visit = useVisitor(session, { viewport: { width: 1280, height: 900 } })

  test('typing a word lists matching pages, and Enter on a result opens it', async () => {
    await visit('/sok/', async (page) => {
      // With JavaScript the «needs JavaScript» note is gone.
      expect(await page.getByText('Søket trenger JavaScript').isVisible()).toBe(false)
      const box = page.getByRole('searchbox', { name: 'Søk på nettstedet' })
      await box.focus()
      await page.keyboard.type('Skaperkraft')
      const status = page.getByRole('status')
      await expect
        .poll(() => status.textContent(), { timeout: 20_000 })
        .toMatch(/\d+ treff på «Skaperkraft»/)
      expect(new URL(page.url()).searchParams.get('q')).toBe('Skaperkraft')

      const first = page.locator('.site-search__results a').first()
      expect(await first.textContent()).toMatch(/Skaperkraft/i)
      // Each hit says what kind of page it is.
      const kind = await page
        .locator('.site-search__results li')
        .first()
        .locator('.site-search__kind')
        .textContent()
      expect(Object.values(SEARCH_KINDS).map((name) => ` – ${name}`)).toContain(kind)
      const target = await first.getAttribute('href')
      await first.focus()
      await page.keyboard.press('Enter')
      await page.waitForURL((url) => url.pathname === target)
      expect(await page.locator('h1').textContent()).toMatch(/Skaperkraft/i)
    })
  })

  test('a search in the URL runs on load; a word with no match says so', async () => {
    await visit('/sok/?q=harstad', async (page) => {
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
        .toMatch(/treff på «harstad»/)
      expect(await page.locator('.site-search__results li').count()).toBeGreaterThan(0)
    })
    await visit('/sok/?q=xyzzyqwerty', async (page) => {
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 20_000 })
        .toBe('Ingen treff på «xyzzyqwerty».')
    })
  })
})
