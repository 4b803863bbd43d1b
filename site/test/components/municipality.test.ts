import { describe, expect, test } from 'vitest'
import EventList from '../../src/components/event/EventList.astro'
import FocusAreaDetail from '../../src/components/focusArea/FocusAreaDetail.astro'
import MunicipalityDetail from '../../src/components/municipality/MunicipalityDetail.astro'
import MunicipalityList from '../../src/components/municipality/MunicipalityList.astro'
import UpcomingThenPastLayout from '../../src/layouts/UpcomingThenPastLayout.astro'
import type { EventItem } from '../../src/lib/content/types'
import { datedEvents, now, testLinksToTheRest } from './eventSections'
import { event, focusArea, municipality, programme } from './fixtures'
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

  testLinksToTheRest(page, { list: '/arrangementer/kommune/harstad/', where: 'Harstad' })
})

describe('the municipality an event is held in, at the end of its line', () => {
  const heldIn = (slug: string, name: string): EventItem['location'] => ({
    name: `${name} kulturhus`,
    address: null,
    municipality: { _id: `municipality.${slug}`, name, slug },
  })
  // Events 1 and 2 are past, 3 and 4 upcoming; the odd ones are held in Harstad, the even ones in Narvik (a
  // municipality's own lists hold only its own events, but a line still names any other place).
  const events = datedEvents(2, 2).map((item, i) => ({
    ...item,
    location: i % 2 === 0 ? heldIn('harstad', 'Harstad') : heldIn('narvik', 'Narvik'),
  }))
  /** The events as a paged list shows them: upcoming soonest first (3, 4), then past most recent first (2, 1). */
  const listed = [events[2]!, events[3]!, events[1]!, events[0]!]
  const pagedList = (over: Record<string, unknown>) =>
    render(UpcomingThenPastLayout, {
      programme,
      page: {
        data: listed,
        start: 0,
        end: listed.length - 1,
        total: listed.length,
        size: 50,
        currentPage: 1,
        lastPage: 1,
        url: { current: '/arrangementer/liste/' },
      },
      upcomingCount: 2,
      calendarHref: '/arrangementer/liste.ics',
      ...over,
    })
  /** What each event line says after the event's type, in order: « · Narvik», or nothing. */
  const lineEnds = (html: string) =>
    [...html.matchAll(/<li class="event-list__item"[^>]*>([\s\S]*?)<\/li>/g)].map((match) =>
      match[1]!
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .split('Konferanse')[1]!
        .trimEnd(),
    )

  test.each<[string, () => Promise<string>, string[]]>([
    [
      "Harstad's page names Narvik, not Harstad",
      () => render(MunicipalityDetail, { municipality: { ...municipality, events }, now }),
      ['', ' · Narvik', ' · Narvik', ''],
    ],
    [
      "Harstad's paged event list names Narvik, not Harstad",
      () => pagedList({ where: 'Harstad', ownMunicipality: municipality._id }),
      ['', ' · Narvik', ' · Narvik', ''],
    ],
    [
      'a focus-area page names both',
      () => render(FocusAreaDetail, { focusArea, events, legend: programme.legend, now }),
      [' · Harstad', ' · Narvik', ' · Narvik', ' · Harstad'],
    ],
    [
      "a focus area's paged event list names both",
      () => pagedList({ where: 'strategiområdet UNG' }),
      [' · Harstad', ' · Narvik', ' · Narvik', ' · Harstad'],
    ],
    [
      'a list of all events names both',
      () => render(EventList, { events: listed }),
      [' · Harstad', ' · Narvik', ' · Narvik', ' · Harstad'],
    ],
  ])('%s', async (_case, page, ends) => {
    expect(lineEnds(await page())).toEqual(ends)
  })
})

test('a merged municipality names its old municipality numbers as numbers; the website reads without https://', async () => {
  const html = await render(MunicipalityDetail, {
    municipality: {
      ...municipality,
      mergedFrom: [{ _key: 'skanland', name: 'Skånland', number: '1913' }],
    },
  })
  expect(html).toContain('Skånland (kommunenr. 1913)')
  expect(html).toMatch(
    /href="https:\/\/www\.harstad\.kommune\.no\/"[^>]*>www\.harstad\.kommune\.no</,
  )
})
