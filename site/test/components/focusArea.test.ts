import { describe, expect, test } from 'vitest'
import FocusAreaDetail from '../../src/components/focusArea/FocusAreaDetail.astro'
import { datedEvents, now, range, shown, testLinksToTheRest } from './eventSections'
import { focusArea, programme } from './fixtures'
import { render } from './renderComponent'

describe('the events on a focus-area page', () => {
  const page = (past: number, upcoming: number) =>
    render(FocusAreaDetail, {
      focusArea,
      events: datedEvents(past, upcoming),
      legend: programme.legend,
      now,
    })

  test('the next ten soonest first, then the ten most recent, under their own headings', async () => {
    const html = await page(12, 15)
    expect(shown(html)).toEqual([...range(13, 22), ...range(12, 3)])
    expect(html).toMatch(
      /<h2 id="arrangementer"[^>]*>Arrangementer<\/h2>[\s\S]*<h3 id="arrangementer-kommende"[^>]*>Kommende<\/h3>[\s\S]*<h3 id="arrangementer-tidligere"[^>]*>Tidligere<\/h3>/,
    )
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })

  testLinksToTheRest(page, { list: '/arrangementer/strategiomrade/ung/', name: 'UNG' })

  test('no event: says so, and still offers the calendar feed', async () => {
    const html = await page(0, 0)
    expect(shown(html)).toEqual([])
    expect(html).toContain('Ingen arrangementer er knyttet til strategiområdet.')
    expect(html).not.toContain('<h3 id="arrangementer-')
    expect(html).toContain('href="/arrangementer/strategiomrade/ung.ics"')
  })
})
