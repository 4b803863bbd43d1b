import { describe, expect, test } from 'vitest'
import { median } from '../stats.ts'
import { ratios, summarise, type RunRecord } from '../summarise.ts'
import type { TargetName } from '../targets.ts'

const run = (
  target: TargetName,
  measures: number,
  wallMs: number,
  pages: number,
  extra: Partial<RunRecord> = {},
): RunRecord => ({
  target,
  concurrency: 1,
  measures,
  repeat: 1,
  exitCode: 0,
  pages,
  wallMs,
  peakRssBytes: 100,
  log: '',
  ...extra,
})

describe('median', () => {
  test.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  test('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/)
  })
})

describe('summarise', () => {
  const runs = [
    run('ours', 1000, 10_000, 1400, { cpuMs: 9_000, searchIndexCpuMs: 3_000 }),
    run('ours', 1000, 30_000, 1400, { repeat: 2, cpuMs: 11_000, searchIndexCpuMs: 2_000 }),
    run('ours', 1000, 12_000, 1400, { repeat: 3, cpuMs: 10_000, searchIndexCpuMs: 4_000 }),
    run('ours', 2000, 22_000, 2800, { groqMs: 400, groqAloneMs: 150 }),
    run('ours', 2000, 0, 0, { repeat: 2, exitCode: 1 }),
    run('astro-md', 1000, 6_000, 1400, { cpuMs: 3_000 }),
    run('astro-md', 2000, 11_000, 2800),
    run('hugo', 1000, 1_000, 1400),
  ]
  const summaries = summarise(runs)
  const find = (target: TargetName, measures: number) =>
    summaries.find((s) => s.target === target && s.measures === measures)!

  test('takes the median of successful runs and counts failures', () => {
    expect(find('ours', 1000)).toMatchObject({
      runs: 3,
      failures: 0,
      wallMs: 12_000,
      cpuMs: 10_000,
      searchIndexCpuMs: 3_000,
      // Each run's CPU less its index (6,000, 9,000, 6,000), then the median: not 10,000 − 3,000.
      cpuWithoutIndexMs: 6_000,
      pages: 1400,
    })
    expect(find('astro-md', 2000).cpuMs).toBeUndefined()
    expect(find('ours', 2000)).toMatchObject({
      runs: 2,
      failures: 1,
      wallMs: 22_000,
      groqMs: 400,
      groqAloneMs: 150,
    })
    expect(find('ours', 1000).groqAloneMs).toBeUndefined()
  })

  test('reports ms per page, marginal ms per page and t(N)/t(N/2)', () => {
    const large = find('ours', 2000)
    expect(large.msPerPage).toBeCloseTo(22_000 / 2800)
    expect(large.marginalMsPerPage).toBeCloseTo((22_000 - 12_000) / 1400)
    expect(large.doublingRatio).toBeCloseTo(22_000 / 12_000)
    expect(find('ours', 1000).doublingRatio).toBeUndefined()
  })

  test('divides ours by each baseline at the same size', () => {
    expect(ratios(summaries)).toEqual([
      {
        measures: 1000,
        concurrency: 1,
        oursOverAstroMarkdown: 2,
        // 6,000 / 3,000: ours' CPU without the search index against Astro-markdown's.
        oursCpuWithoutIndexOverAstroMarkdownCpu: 2,
        oursOverHugo: 12,
      },
      { measures: 2000, concurrency: 1, oursOverAstroMarkdown: 2 },
    ])
  })

  test('a size where every run failed has no figures but is still listed', () => {
    const failed = summarise([run('ours', 10, 0, 0, { exitCode: 2 })])[0]!
    expect(failed).toMatchObject({ runs: 1, failures: 1 })
    expect(failed.wallMs).toBeNaN()
  })
})
