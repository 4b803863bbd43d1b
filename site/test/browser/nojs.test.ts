import { expect, test } from 'vitest'
import { getMeasures } from '../../src/lib/content/index.ts'
import { describeInBrowser } from './support/browser.ts'
import { useBrowserSession } from './support/session.ts'
import { useVisitor } from './support/visit.ts'

describeInBrowser('the site without JavaScript', () => {
  const session = useBrowserSession()
  const visit = useVisitor(session, {
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  })

  test('/tiltak/ lists every measure grouped by focus area, with no dead controls', async () => {
    const measures = await getMeasures()
    await visit('/tiltak/', async (page) => {
      expect(await page.locator('.measure-filter a[href^="/prosjekt/"]').count()).toBe(
        measures.length,
      )
      expect(await page.locator('.measure-filter h2').count()).toBeGreaterThan(1)
      expect(await page.locator('select').count()).toBe(0)
      expect(await page.getByRole('status').first().textContent()).toBe(
        `Viser alle ${measures.length} tiltak`,
      )
    })
  })

  test('each facet works as a pre-rendered page reached by links', async () => {
    await visit('/tiltak/', async (page) => {
      await page.getByText('Snarveier').click()
      const link = page
        .getByRole('navigation', { name: 'Tiltak etter status' })
        .getByRole('link')
        .first()
      const label = (await link.textContent()) ?? ''
      await link.click()
      // Addresses and headings in Norwegian: /tiltak/status/gul/, «Tiltak med status gul».
      await page.waitForURL(/\/tiltak\/status\/[a-z-]+\/$/)
      expect(await page.locator('h1').textContent()).toMatch(
        new RegExp(`^Tiltak (med status ${label.trim().toLowerCase()}|uten rapportert status)$`),
      )
      expect(await page.locator('a[href^="/prosjekt/"]').count()).toBeGreaterThan(0)
    })
  })

  test.each([
    ['/', 'table'],
    ['/strategiomrader/', '.focus-card'],
    ['/om/planer/', '.plan-card'],
    ['/om/planer/retenk-utviklingsplan-for-sor-troms/', '.focus-card'],
    ['/tiltak/strategiomrade/', 'main a[href^="/tiltak/strategiomrade/"]'],
    ['/kommuner/harstad/', '[lang="se"]'],
    ['/arrangementer/', '.event-list'],
    ['/om/organisering/', 'table'],
  ])('%s shows its content (%s)', async (path, selector) => {
    await visit(path, async (page) => {
      expect(await page.locator(selector).first().isVisible()).toBe(true)
      expect(await page.locator('h1').count()).toBe(1)
    })
  })

  test('status icons are drawn as round strokes in the colour of their light, by the stylesheet', async () => {
    await visit('/tiltak/', async (page) => {
      const icons = page.locator('.status-badge__icon')
      expect(await icons.count()).toBeGreaterThan(0)
      const drawn = await icons.evaluateAll((svgs) =>
        svgs.map((svg) => {
          const style = getComputedStyle(svg)
          const light = getComputedStyle(svg.closest('.status-badge') as Element)
          return {
            fill: style.fill,
            width: style.strokeWidth,
            cap: style.strokeLinecap,
            join: style.strokeLinejoin,
            // The light's own colour: the same as the badge's border, not the colour of its text.
            inLightColour:
              style.stroke === style.color &&
              style.color === light.borderTopColor &&
              style.color !== light.color,
          }
        }),
      )
      for (const icon of drawn) {
        expect(icon).toEqual({
          fill: 'none',
          width: '2.5px',
          cap: 'round',
          join: 'round',
          inLightColour: true,
        })
      }
    })
  })

  test('/sok/ keeps a working form and says search needs JavaScript', async () => {
    await visit('/sok/', async (page) => {
      expect(await page.getByRole('searchbox', { name: 'Søk på nettstedet' }).isVisible()).toBe(
        true,
      )
      expect(await page.getByText('Søket trenger JavaScript').isVisible()).toBe(true)
    })
  })
})
