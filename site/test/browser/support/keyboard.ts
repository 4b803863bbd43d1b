import type { Page } from 'playwright-core'

/** What has keyboard focus: tag, accessible-ish name, href, and whether it sits inside a given selector. */
export interface Focused {
  tag: string
  name: string
  href: string | null
  id: string
}

/** Describes the focused element, or null when focus is on the body. */
export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return null
    const label = element.id
      ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent
      : null
    return {
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? label ?? element.innerText ?? '').trim(),
      href: element.getAttribute('href'),
      id: element.id,
    }
  })
}

/** Presses Tab until `done` holds for the focused element; fails after `max` presses. */
export async function tabUntil(
  page: Page,
  done: (element: Focused) => boolean | Promise<boolean>,
  what: string,
  max = 150,
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    if (element && (await done(element))) return element
  }
  throw new Error(`${max} Tab presses never reached ${what}`)
}

/** True when the focused element is inside the element matched by `selector`. */
export async function focusInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)
}
