import { expect, test } from 'vitest'
import MeasureFilterHost from './MeasureFilterHost.astro'
import { render } from './renderComponent'

const measure = (id: string, focusArea: string, light: 'green' | 'unreported') => ({
  id,
  title: `Tiltak ${id}`,
  href: `/prosjekt/${id}/`,
  number: null,
  status: { light, reason: null, label: null },
  focusArea,
  municipalities: [],
  years: [],
})

const props = {
  measures: [
    measure('a', 'ung', 'green'),
    measure('b', 'ung', 'unreported'),
    measure('c', 'komp', 'green'),
  ],
  options: { strategiomrade: [], kommune: [], status: [], ar: [] },
  groups: [
    { slug: 'ung', title: 'UNG', href: '/strategiomrader/ung/' },
    { slug: 'komp', title: 'Kompetanse', href: '/strategiomrader/komp/' },
  ],
}

test('server-rendered, the island lists every measure grouped by focus area (the no-JS page)', async () => {
  const html = await render(MeasureFilterHost, props)
  expect(html).toMatch(/<astro-island[^>]*client="visible"/)
  expect(html).toMatch(/role="status" aria-live="polite"[^>]*>Viser alle 3 tiltak</)
  expect(html).toMatch(/<h2 id="gruppe-ung"><a href="\/strategiomrader\/ung\/">UNG<\/a>/)
  for (const id of ['a', 'b', 'c']) expect(html).toContain(`href="/prosjekt/${id}/"`)
  // The selects appear only once JavaScript runs, so no-JS visitors never meet controls that do nothing.
  expect(html).not.toContain('<select')
})

test('the island props carry the options and the data URL, never the measures themselves', async () => {
  const html = await render(MeasureFilterHost, props)
  const islandProps = /<astro-island[^>]* props="([^"]*)"/.exec(html)?.[1] ?? ''
  expect(islandProps).toContain('/tiltak/tiltak.json')
  expect(islandProps).toContain('strategiomrader/ung')
  expect(islandProps).not.toContain('Tiltak a')
  expect(islandProps).not.toContain('/prosjekt/')
})
