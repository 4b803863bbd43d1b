import { describe, expect, test } from 'vitest'
import StatusChart from '../../src/components/status/StatusChart.astro'
import StatusLegend from '../../src/components/status/StatusLegend.astro'
import StatusOverviewTable from '../../src/components/status/StatusOverviewTable.astro'
import { summaryFor } from '../../src/lib/status/summaryFor'
import { programme, summary } from './fixtures'
import { render } from './renderComponent'

const cells = (html: string) =>
  [...html.matchAll(/<(t[dh])[^>]*>(.*?)<\/\1>/gs)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim())

describe('status overview', () => {
  test('the table has a header per light and a row per focus area with its counts and total', async () => {
    const html = await render(StatusOverviewTable, { summary })
    expect(html).toMatch(/<caption[^>]*>Antall tiltak per status og strategiområde<\/caption>/)
    expect(cells(html)).toEqual([
      ...['Strategiområde', 'Grønn', 'Gul', 'Rød', 'Ikke rapportert', 'Totalt'],
      ...['UNG (Re:tenk)', '1', '2', '1', '3', '7'],
      ...['Kompetanse', '0', '0', '0', '2', '2'],
      ...['Alle strategiområder', '1', '2', '1', '5', '9'],
    ])
    expect(html).toContain('href="/strategiomrader/ung/"')
    expect(html.match(/scope="col"/g)).toHaveLength(6)
  })

  test('a bounded table counts the focus areas it leaves out in one row above the totals', async () => {
    const html = await render(StatusOverviewTable, {
      summary: summaryFor(summary, ['focusArea.kompetanse']),
    })
    expect(cells(html)).toEqual([
      ...['Strategiområde', 'Grønn', 'Gul', 'Rød', 'Ikke rapportert', 'Totalt'],
      ...['Kompetanse', '0', '0', '0', '2', '2'],
      ...['Ett annet strategiområde', '1', '2', '1', '3', '7'],
      ...['Alle strategiområder', '1', '2', '1', '5', '9'],
    ])
    expect(html).not.toContain('href="/strategiomrader/ung/"')
    expect(html.match(/scope="row"/g)).toHaveLength(3)
  })

  test('the chart is static SVG with the counts written out, labelled by its caption', async () => {
    const empty = {
      focusArea: { _id: 'focusArea.tom', title: 'Uten tiltak', slug: 'tom' },
      counts: { green: 0, yellow: 0, red: 0, unreported: 0 },
      total: 0,
    }
    const html = await render(StatusChart, {
      summary: { ...summary, focusAreas: [...summary.focusAreas, empty] },
      labelledBy: 'cap',
    })
    expect(html).not.toContain('Uten tiltak')
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="cap"/)
    expect(html).toContain('Grønn: 1 · Gul: 2 · Rød: 1 · Ikke rapportert: 3')
    expect(html).not.toContain('<script')
    expect(html).toMatch(/class="status-chart__title"[^>]*>\s*UNG \(Re:tenk\)\s*</)
    // Segments only for lights that occur: four in UNG, one in Kompetanse.
    expect(html.match(/status-chart__bar--/g)).toHaveLength(5)
  })

  test('the legend shows each light as a badge with text and the editors’ explanation', async () => {
    const html = await render(StatusLegend, { legend: programme.legend })
    expect(html).toMatch(/<h2 id="trafikklys"/)
    expect(html).toMatch(/class="status-badge"[^>]*data-light="green"/)
    expect(html).toContain('Gjennomført.')
    expect(html).not.toContain('client:')
    // «Ikke rapportert» is already the badge's text, so it is not repeated before the explanation.
    expect(html).not.toContain('<strong>Ikke rapportert: </strong>')
  })

  test('an editor label the badge does not say is shown before the explanation', async () => {
    const legend = [
      { _key: 'g', light: 'green', label: 'Ferdig', description: 'Tiltaket er ferdig.' },
    ]
    const html = await render(StatusLegend, { legend })
    expect(html).toMatch(/<strong[^>]*>Ferdig: <\/strong>\s*Tiltaket er ferdig\./)
  })
})
