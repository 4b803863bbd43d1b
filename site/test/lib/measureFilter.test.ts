import { describe, expect, test } from 'vitest'
import type { FocusArea } from '../../src/lib/content/types'
import { groupMeasures, matches } from '../../src/lib/measureFilter/filterMeasures'
import { facetHeading } from '../../src/lib/measureFilter/facetHeading'
import { focusAreaFacetIndex } from '../../src/lib/measureFilter/focusAreaFacetIndex'
import { measureYears } from '../../src/lib/measureFilter/measureYears'
import { selectionFromQuery, selectionToQuery } from '../../src/lib/measureFilter/selectionQuery'
import type { FacetOptions, FilterableMeasure } from '../../src/lib/measureFilter/types'
import { LIGHTS } from '../../src/lib/status/lightName'
import { lightSlug } from '../../src/lib/status/lightSlug'

const measure = (id: string, over: Partial<FilterableMeasure> = {}): FilterableMeasure => ({
  id,
  title: id,
  href: `/prosjekt/${id}/`,
  number: null,
  status: { light: 'unreported', reason: null, label: null },
  focusArea: 'ung',
  municipalities: [],
  years: [],
  ...over,
})

const measures = [
  measure('a', { focusArea: 'ung', municipalities: ['harstad'], years: ['2019', '2020'] }),
  measure('b', { focusArea: 'kompetanse', status: { light: 'yellow', reason: null, label: null } }),
  measure('c', { focusArea: 'ung', municipalities: ['narvik', 'harstad'], years: ['2021'] }),
]
const groups = [
  { slug: 'ung', title: 'UNG', href: '/strategiomrader/ung/' },
  { slug: 'kompetanse', title: 'Kompetanse', href: '/strategiomrader/kompetanse/' },
  { slug: 'tom', title: 'Tom', href: '/strategiomrader/tom/' },
]
const options: FacetOptions = {
  strategiomrade: [
    { value: 'ung', label: 'UNG' },
    { value: 'kompetanse', label: 'Kompetanse' },
  ],
  kommune: [{ value: 'harstad', label: 'Harstad' }],
  status: [{ value: 'gul', label: 'Gul' }],
  ar: [{ value: '2020', label: '2020' }],
}

describe('filtering measures', () => {
  test.each([
    [{}, ['a', 'b', 'c']],
    [{ strategiomrade: 'ung' }, ['a', 'c']],
    [{ kommune: 'harstad' }, ['a', 'c']],
    [{ kommune: 'narvik' }, ['c']],
    // Lights in addresses are Norwegian: gul, not yellow.
    [{ status: 'gul' }, ['b']],
    [{ status: 'yellow' }, []],
    [{ status: 'ikke-rapportert' }, ['a', 'c']],
    [{ ar: '2020' }, ['a']],
    [{ strategiomrade: 'ung', ar: '2021' }, ['c']],
    [{ strategiomrade: 'kompetanse', kommune: 'harstad' }, []],
  ])('selection %o keeps %o', (selection, ids) => {
    expect(measures.filter((m) => matches(m, selection)).map((m) => m.id)).toEqual(ids)
  })

  test('groups follow focus-area order and leave out empty groups', () => {
    const result = groupMeasures(measures, groups)
    expect(result.map((g) => [g.slug, g.measures.map((m) => m.id)])).toEqual([
      ['ung', ['a', 'c']],
      ['kompetanse', ['b']],
    ])
  })
})

describe('selection in the URL query', () => {
  test('round-trips through the query string in a stable order', () => {
    const query = selectionToQuery({ status: 'gul', strategiomrade: 'ung' })
    expect(query).toBe('?strategiomrade=ung&status=gul')
    expect(selectionFromQuery(query, options)).toEqual({ strategiomrade: 'ung', status: 'gul' })
  })

  test('values the options do not offer fall back to «all»', () => {
    expect(selectionFromQuery('?kommune=oslo&ar=2020&x=1', options)).toEqual({ ar: '2020' })
  })

  test('no selection is an empty query', () => {
    expect(selectionToQuery({})).toBe('')
  })
})

describe('measureYears', () => {
  const base = { period: null, deadline: null, progressLog: [], status: { asOf: null } }
  test.each([
    [base, []],
    [{ ...base, period: { start: '2019-03-01', end: '2021-06-30' } }, ['2019', '2020', '2021']],
    [{ ...base, period: { start: '2020-01-01', end: null } }, ['2020']],
    [{ ...base, deadline: { text: 'Lanseres i 2020', date: '2020-12-31' } }, ['2020']],
    [{ ...base, status: { asOf: '2020-06-01' } }, ['2020']],
    [{ ...base, progressLog: [{ date: '2019-06-12' }, { date: '2018-10-24' }] }, ['2018', '2019']],
  ])('%o → %o', (input, years) => {
    expect(measureYears(input as Parameters<typeof measureYears>[0])).toEqual(years)
  })
})

describe('focusAreaFacetIndex', () => {
  test('lists the focus-area options in order with their facet page, measure count and plan', () => {
    const plan = {
      _id: 'plan.p',
      title: 'Planen',
      shortTitle: null,
      slug: 'planen',
      period: null,
    }
    const area = (slug: string) => ({ slug, plan }) as unknown as FocusArea
    expect(focusAreaFacetIndex({ measures, options }, [area('kompetanse'), area('ung')])).toEqual([
      { label: 'UNG', href: '/tiltak/strategiomrade/ung/', measures: 2, plan },
      { label: 'Kompetanse', href: '/tiltak/strategiomrade/kompetanse/', measures: 1, plan },
    ])
  })
})

test.each([
  ['strategiomrade', 'ung', 'UNG', 'Tiltak i strategiområdet UNG'],
  ['kommune', 'evenes', 'Evenes', 'Tiltak i Evenes'],
  ['status', 'gul', 'Gul', 'Tiltak med status gul'],
  ['status', 'ikke-rapportert', 'Ikke rapportert', 'Tiltak uten rapportert status'],
  ['ar', '2019', '2019', 'Tiltak med aktivitet i 2019'],
] as const)('the %s page of «%s» is headed «%s»', (facet, value, label, heading) => {
  expect(facetHeading(facet, { value, label })).toBe(heading)
})

test('every light has a Norwegian address form of its own', () => {
  const slugs = LIGHTS.map(lightSlug)
  expect(slugs).toEqual(['gronn', 'gul', 'rod', 'ikke-rapportert'])
  expect(new Set(slugs).size).toBe(LIGHTS.length)
})
