import type { BrowserContext, Page } from 'playwright-core'
import { finding, type Finding } from './finding.ts'

interface Recorded {
  __gateProblems?: string[]
}

/**
 * Records CSP violations and uncaught errors in every page of a context. The recorder runs before any page
 * script and over the DevTools protocol, so the CSP under test does not block it.
 */
export async function recordPageProblems(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const recorded = window as Recorded
    recorded.__gateProblems = []
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.__gateProblems?.push(
        `CSP blocked ${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
    window.addEventListener('error', (event) => {
      recorded.__gateProblems?.push(`uncaught error: ${event.message}`)
    })
    window.addEventListener('unhandledrejection', (event) => {
      recorded.__gateProblems?.push(`uncaught error: ${String(event.reason)}`)
    })
  })
}

/** The CSP violations and uncaught errors recorded on the page since it loaded. */
export async function pageProblems(page: Page, path: string): Promise<Finding[]> {
  const problems = await page.evaluate(() => (window as Recorded).__gateProblems ?? [])
  return problems.map((problem) =>
    finding(
      'browser',
      path,
      problem.startsWith('CSP') ? 'csp-violation' : 'uncaught-error',
      problem,
    ),
  )
}

/** Scrolls every island into view and waits until Astro has hydrated it (its `ssr` attribute is gone). */
export async function hydrateIslands(page: Page): Promise<number> {
  // Islands are `display: contents`; client:visible watches their children, so scroll those into view.
  const count = await page.evaluate(async () => {
    const islands = [...document.querySelectorAll('astro-island')]
    for (const island of islands) {
      ;(island.firstElementChild ?? island).scrollIntoView()
      await new Promise((done) => requestAnimationFrame(done))
    }
    return islands.length
  })
  if (count > 0) {
    await page.waitForFunction(
      () => document.querySelectorAll('astro-island[ssr]').length === 0,
      undefined,
      {
        timeout: 15_000,
      },
    )
    // A hydrated island may still load its data (the /tiltak/ filter fetches tiltak.json) before it renders.
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => window.scrollTo(0, 0))
  }
  return count
}
