import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { STATUS_ICON_STROKES } from '../../../schemas/ui/statusBadgeParts'
import MeasureDetail from '../../src/components/measure/MeasureDetail.astro'
import StatusLegend from '../../src/components/status/StatusLegend.astro'
import { getProgramme, getProsjektPages, type Measure } from '../../src/lib/content'
import BaseLayout from '../../src/layouts/BaseLayout.astro'
import { programme } from './fixtures'
import { render } from './renderComponent'

/** A bundled measure with a progress log, responsible parties and related measures: every part of its page. */
async function fullMeasure(): Promise<Measure> {
  const pages = await getProsjektPages()
  const measure = pages
    .flatMap((page) => (page.kind === 'measure' ? [page.measure] : []))
    .find((m) => m.progressLog.length > 0 && m.responsible.length > 0 && m.related.length > 0)
  if (!measure) throw new Error('the bundled dataset has no measure with every part of its page')
  return measure
}

// The site chrome and the parts of every measure page write no scope attribute on their elements: at 10,000
// measures those attributes were 28 MB of the HTML (docs/performance.md, item 32).
describe('styles global under BEM names', () => {
  test('the page frame (header, navigation, footer) has no scope attributes', async () => {
    const html = await render(BaseLayout, { programme, title: 'x', description: 'x' }, '<h1>x</h1>')
    expect(html).toContain('class="site-header"')
    expect(html).toContain('class="site-footer"')
    expect(html).not.toContain('data-astro-cid')
  })

  test('a measure page, with its legend, progress log and contacts, has no scope attributes', async () => {
    const html = await render(MeasureDetail, {
      measure: await fullMeasure(),
      legend: (await getProgramme()).legend,
    })
    for (const block of ['measure__legend', 'status-legend', 'timeline', 'responsible']) {
      expect(html).toMatch(new RegExp(`class="(?:[^"]*\\s)?${block}[\\s"]`))
    }
    expect(html).not.toContain('data-astro-cid')
  })

  test('the legend alone has none either', async () => {
    expect(await render(StatusLegend, { legend: programme.legend })).not.toContain('data-astro-cid')
  })
})

describe('the status icon', () => {
  /** The declarations of the first rule in global.css whose selector is exactly `selector`. */
  function declarations(selector: string): Map<string, string> {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8')
    const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const body = new RegExp(`(?:^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css)?.[1]
    if (body === undefined) throw new Error(`global.css has no rule for ${selector}`)
    return new Map(
      body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(';')
        .map((declaration) => declaration.split(':').map((part) => part.trim()))
        .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== '')
        .map(([property, value]) => [property, value]),
    )
  }

  test('global.css draws its lines as STATUS_ICON_STROKES says, since the markup no longer does', () => {
    const rule = declarations('.status-badge svg')
    for (const [property, value] of Object.entries(STATUS_ICON_STROKES)) {
      expect(rule.get(property), property).toBe(value)
    }
  })
})
