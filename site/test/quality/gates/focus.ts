import type { Page } from 'playwright-core'

/** What the focused element looks like, and whether that differs from its unfocused look. */
export interface FocusState {
  /** Short description of the focused element, e.g. `a "Tiltak"`, or null when focus is on the body. */
  element: string | null
  /** True when outline, box-shadow, border, background or underline change on focus. */
  visible: boolean
  /** True when the element's box lies at least partly within the viewport. */
  inViewport: boolean
}

/**
 * Compares the focused element's computed outline, box-shadow, border, background and text decoration with
 * its look after blur, then gives it focus back (keyboard modality keeps `:focus-visible` on).
 */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body)
      return { element: null, visible: false, inViewport: false }
    const look = () => {
      const s = getComputedStyle(element)
      const outline =
        s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
          ? 'none'
          : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`
      return [
        outline,
        s.boxShadow,
        s.borderColor,
        s.backgroundColor,
        s.textDecorationLine,
        s.color,
      ].join('|')
    }
    const focused = look()
    element.blur()
    const unfocused = look()
    element.focus()
    const rect = element.getBoundingClientRect()
    const name = (element.getAttribute('aria-label') ?? element.innerText ?? '').trim().slice(0, 40)
    return {
      element: `${element.tagName.toLowerCase()} "${name}"`,
      visible: focused !== unfocused,
      inViewport:
        rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
    }
  })
}
