import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { describeInBrowser } from './support/browser.ts'
import { useBrowserSession } from './support/session.ts'
import { useVisitor } from './support/visit.ts'

/** Waits until the island has hydrated: its selects only exist once React runs. */
async function hydrated(page: Page) {
  await page
    .getByLabel('Strategiområde', { exact: true })
    .waitFor({ state: 'visible', timeout: 20_000 })
}

const countText = (page: Page) => page.getByRole('status').first().textContent()
const measureLinks = (page: Page) => page.locator('.measure-filter a[href^="/prosjekt/"]').count()

describeInBrowser('the /tiltak/ filter island', () => {
  const session = useBrowserSession()
  const visit = useVisitor(session, { viewport: { width: 1280, height: 900 } })

  test('filters by keyboard alone, keeps the choice in the URL and announces the count', async () => {
    await visit('/tiltak/', async (page) => {
      await hydrated(page)
      const total = await measureLinks(page)
      expect(await countText(page)).toBe(`Viser alle ${total} tiltak`)
      const live = page.getByRole('status').first()
      expect(await live.getAttribute('aria-live')).toBe('polite')

      // Tab from the top of the page to the status select, then choose with the arrow keys.
      const status = page.getByLabel('Status', { exact: true })
      for (
        let i = 0;
        i < 200 && !(await status.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab')
      }
      await expect.poll(() => status.evaluate((el) => el === document.activeElement)).toBe(true)
      await page.keyboard.press('ArrowDown')
      const chosen = await status.inputValue()
      expect(chosen).not.toBe('')
      expect(new URL(page.url()).searchParams.get('status')).toBe(chosen)

      const shown = await measureLinks(page)
      expect(shown).toBeGreaterThan(0)
      expect(shown).toBeLessThan(total)
      expect(await countText(page)).toBe(`Viser ${shown} av ${total} tiltak`)

      // The reset button is reachable by Tab and clears the URL.
      await page.getByRole('button', { name: 'Nullstill filtre' }).focus()
      await page.keyboard.press('Enter')
      expect(new URL(page.url()).search).toBe('')
      expect(await measureLinks(page)).toBe(total)
    })
  })

  test('a shared link restores the selection, and Back returns to the previous one', async () => {
    await visit('/tiltak/?strategiomrade=ung', async (page) => {
      await hydrated(page)
      expect(await page.getByLabel('Strategiområde', { exact: true }).inputValue()).toBe('ung')
      const ung = await measureLinks(page)
      expect(await page.locator('.measure-filter h2').allTextContents()).toEqual([
        expect.stringMatching(/^UNG \(Re:tenk\)/),
      ])
      await page.getByLabel('Strategiområde', { exact: true }).selectOption('kompetanse')
      expect(new URL(page.url()).searchParams.get('strategiomrade')).toBe('kompetanse')
      await page.goBack()
      await expect
        .poll(() => page.getByLabel('Strategiområde', { exact: true }).inputValue())
        .toBe('ung')
      expect(await measureLinks(page)).toBe(ung)
    })
  })

  test('an unknown value in the URL falls back to every measure', async () => {
    await visit('/tiltak/?kommune=oslo', async (page) => {
      await hydrated(page)
      expect(await page.getByLabel('Kommune', { exact: true }).inputValue()).toBe('')
      expect(await countText(page)).toMatch(/^Viser alle \d+ tiltak$/)
    })
  })
})
