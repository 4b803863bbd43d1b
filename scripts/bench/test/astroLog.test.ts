import { describe, expect, test } from 'vitest'
import { reportedBuildMs, routeFamilyTimes } from '../astroLog.ts'

const log = [
  '09:00:01 [build] Building static entrypoints...',
  '\u001b[32m▶\u001b[39m src/pages/prosjekt/[slug].astro',
  '  ├─ /prosjekt/a/index.html (+4ms)',
  '  ├─ /prosjekt/b/index.html (+6ms)',
  '  └─ /prosjekt/c/index.html (+1.2s)',
  '▶ src/pages/index.astro',
  '  └─ /index.html (+20ms)',
  '  ├─ /tiltak/index.html (+90ms)',
  '09:00:09 [build] ✓ Completed in 8.12s.',
  '09:00:09 [build] 5 page(s) built in 9.50s',
].join('\n')

describe('routeFamilyTimes', () => {
  test('sums per-page render times by first path segment, slowest first', () => {
    expect(routeFamilyTimes(log)).toEqual([
      { family: '/prosjekt/', pages: 3, totalMs: 1210 },
      { family: '/tiltak/', pages: 1, totalMs: 90 },
      { family: '/', pages: 1, totalMs: 20 },
    ])
  })
})

describe('reportedBuildMs', () => {
  test.each([
    [log, 9500],
    ['[build] 3 page(s) built in 850ms', 850],
    ['[build] 14340 page(s) built in 4m 23s', 263_000],
    ['no summary here', undefined],
  ])('reads %#', (text, expected) => {
    expect(reportedBuildMs(text)).toBe(expected)
  })
})
