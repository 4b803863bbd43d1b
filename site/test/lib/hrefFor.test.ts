import { expect, test } from 'vitest'
import {
  CALENDAR_HREF,
  eventCalendarHref,
  focusAreaCalendarHref,
  focusAreaEventsHref,
  goalMeasuresHref,
  hrefFor,
  municipalityCalendarHref,
  municipalityEventsHref,
} from '../../src/lib/urls'

test.each([
  ['measure', '/prosjekt/x/'],
  ['goal', '/prosjekt/x/'],
  ['focusArea', '/strategiomrader/x/'],
  ['municipality', '/kommuner/x/'],
  ['event', '/arrangementer/x/'],
  ['newsItem', '/aktuelt/x/'],
  ['page', '/om/x/'],
  ['plan', '/om/planer/x/'],
])('a %s links to %s', (_type, href) => {
  expect(hrefFor({ _type, slug: 'x' })).toBe(href)
})

test.each([
  [{ _type: 'person', slug: 'x' }],
  [{ _type: 'measure', slug: null }],
  [{ _type: 'measure', slug: '' }],
  [null],
])('%o has no page', (target) => {
  expect(hrefFor(target)).toBeUndefined()
})

test.each([
  ['a focus area', focusAreaEventsHref, 1, '/arrangementer/strategiomrade/x/'],
  ['a focus area', focusAreaEventsHref, 2, '/arrangementer/strategiomrade/x/2/'],
  ['a municipality', municipalityEventsHref, 1, '/arrangementer/kommune/x/'],
  ['a municipality', municipalityEventsHref, 2, '/arrangementer/kommune/x/2/'],
])("%s: page %i of its events' list is %s", (_owner, eventsHref, page, href) => {
  expect(eventsHref('x', page)).toBe(href)
})

test.each([
  [1, '/tiltak/mal/x/'],
  [3, '/tiltak/mal/x/3/'],
])("page %i of a goal's measure list is %s", (page, href) => {
  expect(goalMeasuresHref('x', page)).toBe(href)
})

test('calendar feeds sit next to the lists they follow, as .ics files', () => {
  expect(CALENDAR_HREF).toBe('/arrangementer/kalender.ics')
  expect(eventCalendarHref('skaperkraft')).toBe('/arrangementer/skaperkraft.ics')
  expect(focusAreaCalendarHref('ung')).toBe('/arrangementer/strategiomrade/ung.ics')
  expect(municipalityCalendarHref('harstad')).toBe('/arrangementer/kommune/harstad.ics')
})
