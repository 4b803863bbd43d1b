import { describe, expect, test } from 'vitest'
import FacetLinks from '../../src/components/measureFilter/FacetLinks.astro'
import { MAX_INLINE_FOCUS_AREA_LINKS } from '../../src/lib/measureFilter/focusAreaFacetIndex'
import type { FacetOptions } from '../../src/lib/measureFilter/types'
import { render } from './renderComponent'

const focusAreas = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ value: `omrade-${i}`, label: `Område ${i}` }))

const options = (count: number): FacetOptions => ({
  strategiomrade: focusAreas(count),
  kommune: [{ value: 'harstad', label: 'Harstad' }],
  status: [{ value: 'gronn', label: 'Grønn' }],
  ar: [{ value: '2020', label: '2020' }],
})

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])

describe('FacetLinks', () => {
  test('links every focus area while they fit, with the other facets', async () => {
    const html = await render(FacetLinks, { options: options(MAX_INLINE_FOCUS_AREA_LINKS) })
    expect(hrefs(html)).toEqual([
      ...focusAreas(MAX_INLINE_FOCUS_AREA_LINKS).map((o) => `/tiltak/strategiomrade/${o.value}/`),
      '/tiltak/kommune/harstad/',
      '/tiltak/status/gronn/',
      '/tiltak/ar/2020/',
    ])
  })

  test('past that, links the focus-area index instead, and still every other facet value', async () => {
    const count = MAX_INLINE_FOCUS_AREA_LINKS + 1
    const html = await render(FacetLinks, { options: options(count) })
    expect(hrefs(html)).toEqual([
      '/tiltak/strategiomrade/',
      '/tiltak/kommune/harstad/',
      '/tiltak/status/gronn/',
      '/tiltak/ar/2020/',
    ])
    expect(html).toContain(`Velg blant alle ${count} strategiområdene`)
  })
})
