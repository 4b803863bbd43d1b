import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { MeasureItems, type MeasureItem } from '../../src/components/measureFilter/MeasureItems'
import { MeasureResults } from '../../src/components/measureFilter/MeasureResults'
import {
  measureItemsMarkup,
  measureResultsMarkup,
} from '../../src/components/measureFilter/measureListMarkup'
import type { FilterableMeasure, MeasureGroup } from '../../src/lib/measureFilter/types'

const items: MeasureItem[] = [
  {
    id: 'a',
    href: '/prosjekt/skaperkraft/',
    title: 'Tiltak 3: Skaperkraft',
    status: { light: 'green', reason: null, label: null },
  },
  {
    id: 'b',
    href: '/prosjekt/a-b/?x=1&y="2"',
    title: `Rød & «gul» <b>ikke</b> 'fet'`,
    status: { light: 'red', reason: 'paused', label: 'Venter på midler' },
    note: 'Mål: Flere & bedre <arbeidsplasser>',
  },
  {
    id: 'c',
    href: '/prosjekt/c/',
    title: 'Ukjent lys',
    // A status straight from content may carry its date; lists show the light only, as React's list does.
    status: {
      light: 'yellow',
      reason: null,
      label: 'I rute',
      asOf: '2020-06-12',
    } as MeasureItem['status'],
  },
]

const measure = (item: MeasureItem): FilterableMeasure => ({
  ...item,
  number: null,
  focusArea: 'ung',
  municipalities: [],
  years: [],
})

describe('measureItemsMarkup', () => {
  test.each([
    ['several items', items],
    ['one item', items.slice(1, 2)],
    ['no items', []],
  ])('is byte for byte what React renders for MeasureItems: %s', (_, list) => {
    expect(measureItemsMarkup(list)).toBe(renderToStaticMarkup(<MeasureItems items={list} />))
  })
})

describe('measureResultsMarkup', () => {
  const groups: MeasureGroup[] = [
    { slug: 'ung', title: 'UNG', href: '/strategiomrader/ung/', measures: items.map(measure) },
    {
      slug: 'forsvar-og-"beredskap"',
      title: 'Forsvar & beredskap',
      href: '/strategiomrader/forsvar/',
      measures: [measure(items[0]!)],
    },
  ]

  test.each([
    ['two groups', groups],
    ['no groups', []],
  ])('is byte for byte what React renders for MeasureResults: %s', (_, list) => {
    expect(measureResultsMarkup(list)).toBe(renderToStaticMarkup(<MeasureResults groups={list} />))
  })
})
