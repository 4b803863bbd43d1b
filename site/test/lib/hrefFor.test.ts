import { expect, test } from 'vitest'
import { focusAreaEventsHref, hrefFor } from '../../src/lib/urls'

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
  [1, '/arrangementer/strategiomrade/x/'],
  [2, '/arrangementer/strategiomrade/x/2/'],
])("page %i of a focus area's events is %s", (page, href) => {
  expect(focusAreaEventsHref('x', page)).toBe(href)
})
