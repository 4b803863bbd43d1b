import { describe, expect, test } from 'vitest'
import { renderLighthouseMarkdown, summariseLhr } from '../summariseLhr.ts'

const lhr = {
  categories: {
    performance: { score: 0.934 },
    accessibility: { score: 1 },
    'best-practices': { score: null },
    seo: { score: 0.9 },
  },
  audits: {
    'network-requests': {
      details: {
        items: [
          { resourceType: 'Document', transferSize: 2048, resourceSize: 4096 },
          { resourceType: 'Stylesheet', transferSize: 1024, resourceSize: 1024 },
          { resourceType: 'Stylesheet', transferSize: 1024, resourceSize: 1024 },
          { resourceType: 'Script', transferSize: 512, resourceSize: 600 },
          { resourceType: 'Font', transferSize: 300, resourceSize: 300 },
          { resourceType: 'Fetch', transferSize: 10, resourceSize: 10 },
        ],
      },
    },
  },
  runWarnings: ['slow host'],
}

describe('summariseLhr', () => {
  test('scores become 0–100 and missing scores stay missing', () => {
    expect(summariseLhr('/', lhr).scores).toEqual({
      performance: 93,
      accessibility: 100,
      bestPractices: null,
      seo: 90,
    })
  })

  test('bytes are summed per resource kind', () => {
    const { bytes } = summariseLhr('/', lhr)
    expect(bytes.html).toEqual({ transfer: 2048, resource: 4096, requests: 1 })
    expect(bytes.css).toEqual({ transfer: 2048, resource: 2048, requests: 2 })
    expect(bytes.js.transfer).toBe(512)
    expect(bytes.font.transfer).toBe(300)
    expect(bytes.other.requests).toBe(1)
  })

  test('a run that failed keeps its error as a warning', () => {
    const failed = { ...lhr, runtimeError: { code: 'NO_FCP', message: 'no paint' } }
    expect(summariseLhr('/', failed).warnings).toEqual(['NO_FCP: no paint', 'slow host'])
  })

  test('the Markdown table has one row per page with KiB figures', () => {
    const markdown = renderLighthouseMarkdown({
      startedAt: 'T',
      formFactor: 'mobile',
      chromium: 'Chromium 1',
      lighthouse: '13',
      pages: [summariseLhr('/tiltak/', lhr)],
      notes: [],
    })
    expect(markdown).toContain('| /tiltak/ | 93 | 100 | — | 90 | 2.0 | 2.0 | 0.5 | 0.3 | 0.0 | 6 |')
    expect(markdown).toContain('- /tiltak/: slow host')
  })
})
