import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { hydrateIslands } from '../quality/gates/browserChecks.ts'
import { focusState } from '../quality/gates/focus.ts'
import { describeInBrowser } from './support/browser.ts'
import { distDir } from './support/dist.ts'
import { focused, focusInside, tabUntil } from './support/keyboard.ts'
import { useBrowserSession } from './support/session.ts'
import { gatePaths, onePerTemplate } from './support/sitemap.ts'
import { useVisitor } from './support/visit.ts'

const templates = onePerTemplate(await gatePaths(distDir()))

// Tabs through every stop of the page (until focus wraps to the browser chrome or the start) and returns the
// stops whose focus cannot be seen.
async function invisibleFocusStops(page: Page): Promise<{ stops: number; invisible: string[] }> {
  const invisible: string[] = []
  const seen = new Set<string>()
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab')
    const state = await focusState(page)
    if (!state.element) break
    const key = await page.evaluate(() => {
      const element = document.activeElement!
      return `${[...document.querySelectorAll('*')].indexOf(element)}`
    })
    if (seen.has(key)) break
    seen.add(key)
    if (!state.visible || !state.inViewport) {
      invisible.push(`${state.element}${state.inViewport ? '' : ' (outside the viewport)'}`)
    }
  }
  return { stops: seen.size, invisible }
}

describeInBrowser('keyboard-only use', () => {
  const session = useBrowserSession()
  const visit = useVisitor(session, { viewport: { width: 1280, height: 800 } })

  test.each(templates)(
    '%s: the skip link comes first, is visible and moves focus to <main>',
    async (path) => {
      await visit(path, async (page) => {
        await page.keyboard.press('Tab')
        const first = await focused(page)
        expect(first?.href, 'the first Tab stop is an in-page link').toMatch(/^#/)
        expect((await focusState(page)).visible, 'the skip link shows focus').toBe(true)
        expect(
          await page.evaluate(() => document.activeElement!.getBoundingClientRect().height),
        ).toBeGreaterThan(1)
        await page.keyboard.press('Enter')
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN')
        await page.keyboard.press('Tab')
        expect(await focusInside(page, 'main'), 'the next Tab stop is in <main>').toBe(true)
      })
    },
  )

  test('the main navigation: every link is reached in order and opens its page', async () => {
    await visit('/', async (page) => {
      const nav = page.locator('header nav').first()
      const hrefs = await nav
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      expect(hrefs.length).toBeGreaterThan(0)
      await tabUntil(page, () => focusInside(page, 'header nav'), 'the main navigation')
      const reached = [(await focused(page))!.href]
      for (let i = 1; i < hrefs.length; i++) {
        await page.keyboard.press('Tab')
        expect((await focusState(page)).visible).toBe(true)
        reached.push((await focused(page))?.href ?? null)
      }
      expect(reached).toEqual(hrefs)
      const target = reached.at(-1)!
      await Promise.all([
        page.waitForURL((url) => url.pathname === new URL(target, url).pathname),
        page.keyboard.press('Enter'),
      ])
    })
  })

  test('/tiltak/: every filter control is reachable and operable, and the result count is announced', async () => {
    await visit('/tiltak/', async (page) => {
      await hydrateIslands(page)
      const form = page.getByRole('form', { name: /filtr/i })
      // The island renders its form only once hydrated and its data has loaded; evaluateAll does not wait.
      await form.waitFor()
      const controls = await form
        .locator('select, input, button:not([disabled])')
        .evaluateAll((elements) =>
          elements.map((element) => element.id || element.textContent?.trim() || ''),
        )
      expect(controls.length).toBeGreaterThan(0)
      const status = page.getByRole('status')
      const before = (await status.textContent())?.trim() ?? ''
      expect(before).toMatch(/\d/)

      const reached: string[] = []
      await tabUntil(page, () => focusInside(page, 'astro-island form'), 'the filter form')
      do {
        const element = (await focused(page))!
        expect((await focusState(page)).visible, `focus is visible on ${element.name}`).toBe(true)
        reached.push(element.id || element.name)
        await page.keyboard.press('Tab')
      } while (await focusInside(page, 'astro-island form'))
      expect(reached).toEqual(controls)

      // Operate the last select with the arrow key, as a keyboard user changes a closed <select>.
      const select = form.locator('select').last()
      await select.focus()
      await page.keyboard.press('ArrowDown')
      await expect.poll(() => status.textContent()).not.toBe(before)
      expect((await status.textContent())?.trim()).toMatch(/\d/)
      expect(new URL(page.url()).search, 'the filter state is in the URL').not.toBe('')

      // The reset button becomes reachable and brings the full list back.
      const reset = form.getByRole('button').last()
      await reset.focus()
      await page.keyboard.press('Enter')
      await expect.poll(async () => (await status.textContent())?.trim()).toBe(before)
    })
  })

  test('/sok/: type a query, Tab to the first result and open it', async () => {
    await visit('/sok/', async (page) => {
      const box = await tabUntil(page, (element) => element.tag === 'input', 'the search field')
      expect(box.name).toMatch(/søk/i)
      await page.keyboard.type('Harstad')
      const status = page.getByRole('status')
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/\d+ treff/)
      const first = await tabUntil(
        page,
        () => focusInside(page, 'main ol, main ul'),
        'the first result',
      )
      expect((await focusState(page)).visible).toBe(true)
      await Promise.all([
        page.waitForURL((url) => url.pathname === first.href),
        page.keyboard.press('Enter'),
      ])
      expect(new URL(page.url()).pathname).not.toBe('/sok/')
    })
  })

  test.each(templates)('%s: focus is visible on every Tab stop', async (path) => {
    const { stops, invisible } = await visit(path, async (page) => {
      await hydrateIslands(page)
      return invisibleFocusStops(page)
    })
    expect(stops, 'Tab stops on the page').toBeGreaterThan(2)
    expect(invisible, invisible.join('\n')).toEqual([])
  })
})
