import { describe, expect, test } from 'vitest'
import MunicipalityDetail from '../../src/components/municipality/MunicipalityDetail.astro'
import MunicipalityList from '../../src/components/municipality/MunicipalityList.astro'
import { datedEvents, now, testLinksToTheRest } from './eventSections'
import { event, municipality } from './fixtures'
import { render } from './renderComponent'

test('the Sámi name is marked lang="se" in the list and on the page', async () => {
  const list = await render(MunicipalityList, { municipalities: [municipality] })
  expect(list).toMatch(/<span lang="se"[^>]*>Hárstták<\/span>/)
  const page = await render(MunicipalityDetail, { municipality })
  expect(page).toMatch(
    /<h1[^>]*>\s*Harstad[\s\S]*<span lang="se"[^>]*>Hárstták<\/span>[\s\S]*<\/h1>/,
  )
})

test('the page gives public contact, the measures it leads, and says when it has no events', async () => {
  const html = await render(MunicipalityDetail, { municipality })
  expect(html).toContain('href="tel:+4777026000"')
  expect(html).toContain('href="mailto:postmottak@harstad.kommune.no"')
  expect(html).toContain('href="/prosjekt/a/"')
  expect(html).toContain('5503')
  expect(html).toContain('Ingen arrangementer registrert i kommunen.')
  expect(html).toContain('href="/arrangementer/kommune/harstad.ics"')
})

test('events: the next ones soonest first, then the ten most recent, each list bounded', async () => {
  const day = (n: number) => `2030-01-${String(n).padStart(2, '0')}`
  // Chronological, as the content module gives them: days 1–12 are past on the 15th, 20–22 upcoming.
  const events = [...Array.from({ length: 12 }, (_, i) => i + 1), 20, 21, 22].map((n) =>
    event({ _id: `event.${n}`, slug: `e${n}`, title: `Arrangement ${n}`, startDate: day(n) }),
  )
  const html = await render(MunicipalityDetail, {
    municipality: { ...municipality, events },
    now: new Date('2030-01-15T12:00:00Z'),
  })
  const shown = [...html.matchAll(/href="\/arrangementer\/e(\d+)\/"/g)].map((m) => Number(m[1]))
  expect(shown).toEqual([20, 21, 22, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3])
  expect(html).toMatch(/<h3[^>]*>Kommende<\/h3>[\s\S]*<h3[^>]*>Tidligere<\/h3>/)
  expect(html).toMatch(/Viser de 10 siste av 12 tidligere\s+arrangementer\./)
  expect(html).not.toContain('kommende arrangementer.')
  expect(html).toContain('href="/arrangementer/kommune/harstad/#tidligere"')
  expect(html).not.toContain('href="/arrangementer/"')
  expect(html).not.toContain('Ingen arrangementer registrert')
})

describe("the links to the rest of the municipality's events", () => {
  const page = (past: number, upcoming: number) =>
    render(MunicipalityDetail, {
      municipality: { ...municipality, events: datedEvents(past, upcoming) },
      now,
    })

  testLinksToTheRest(page, { list: '/arrangementer/kommune/harstad/', name: 'Harstad' })
})
