import type { Page } from 'playwright-core'
import { finding, type Finding } from './finding.ts'

/** The narrow viewport of WCAG 1.4.10 (reflow): 320 CSS px. */
export const reflowViewport = { width: 320, height: 640 }

/** At the current viewport the page must not scroll sideways; names the widest elements when it does. */
export async function checkHorizontalScroll(page: Page, path: string): Promise<Finding[]> {
  const result = await page.evaluate(() => {
    const root = document.documentElement
    const width = root.clientWidth
    const culprits = [...document.body.querySelectorAll('*')]
      // An element sticking out, or one whose own content (a long word, say) overflows its box.
      .filter(
        (element) =>
          element.getBoundingClientRect().right > width + 1 ||
          (element.scrollWidth > element.clientWidth + 1 &&
            getComputedStyle(element).overflowX === 'visible'),
      )
      // The innermost offenders say most; their ancestors overflow only because of them.
      .filter(
        (element, _, all) => !all.some((other) => other !== element && element.contains(other)),
      )
      .slice(0, 5)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> «${(element.textContent ?? '').trim().slice(0, 30)}»`,
      )
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits }
  })
  if (result.scrollWidth <= result.clientWidth) return []
  return [
    finding(
      'reflow',
      path,
      'no-horizontal-scroll',
      `scrollWidth ${result.scrollWidth} > clientWidth ${result.clientWidth}; wide: ${result.culprits.join(', ')}`,
    ),
  ]
}

/** Doubles the root font size, as a reader's 200 % text setting does for rem-based type (WCAG 1.4.4). */
export async function enlargeText(page: Page): Promise<void> {
  // CSSOM writes are not inline styles, so the page's CSP allows them.
  await page.evaluate(() =>
    document.documentElement.style.setProperty('font-size', '200%', 'important'),
  )
}

/** Elements whose text is cut off: overflow hidden or clipped while their content is larger than the box. */
export async function findClippedText(page: Page, path: string): Promise<Finding[]> {
  const clipped = await page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element)
        const hides = (value: string) => value === 'hidden' || value === 'clip'
        if (!hides(style.overflowX) && !hides(style.overflowY)) return false
        const box = element as HTMLElement
        // Visually hidden text (1 px boxes for screen readers) is meant to be clipped.
        if (box.clientWidth <= 1 || box.clientHeight <= 1) return false
        if (!box.innerText?.trim()) return false
        return (
          (hides(style.overflowX) && box.scrollWidth > box.clientWidth + 1) ||
          (hides(style.overflowY) && box.scrollHeight > box.clientHeight + 1)
        )
      })
      .slice(0, 5)
      .map((element) => {
        const box = element as HTMLElement
        return `<${box.tagName.toLowerCase()} class="${box.getAttribute('class') ?? ''}"> ${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}: «${box.innerText.trim().slice(0, 40)}»`
      }),
  )
  return clipped.map((text) => finding('reflow', path, 'no-clipped-text', text))
}
