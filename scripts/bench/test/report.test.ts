import { describe, expect, test } from 'vitest'
import { renderMarkdown, type BenchResult } from '../report.ts'
import { ratios, summarise, type RunRecord } from '../summarise.ts'

const record = (target: RunRecord['target'], wallMs: number): RunRecord => ({
  target,
  concurrency: 1,
  measures: 1000,
  repeat: 1,
  exitCode: 0,
  pages: 1470,
  wallMs,
  peakRssBytes: 512 * 1024 ** 2,
  log: '',
  ...(target === 'ours'
    ? {
        cpuMs: 41_500,
        searchIndexCpuMs: 12_000,
        groqMs: 800,
        groqAloneMs: 210,
        routeFamilies: [{ family: '/prosjekt/', pages: 1200, totalMs: 6000 }],
      }
    : { cpuMs: 14_750 }),
})

/** A bench result over `runs`, as `runBench` would return it, on a fixed machine. */
function resultOf(runs: RunRecord[], notes: string[] = []): BenchResult {
  const summaries = summarise(runs)
  return {
    startedAt: '2026-11-26T10:15:00.000Z',
    finishedAt: '2026-11-26T10:20:00.000Z',
    machine: {
      cpu: 'Xeon',
      cores: 2,
      ramGb: 23.5,
      node: 'v24.21.0',
      astro: '7.3.5',
      loadAverageAtStart: [1, 2, 3],
      commit: 'abc1234',
    },
    options: {
      sizes: [1000],
      repeats: 1,
      seed: 1,
      concurrency: [...new Set(runs.map((run) => run.concurrency))],
      targets: [...new Set(runs.map((run) => run.target))],
    },
    notes,
    summaries,
    ratios: ratios(summaries),
    runs: runs.map(({ log: _log, ...rest }) => rest),
  }
}

describe('renderMarkdown', () => {
  test('prints the machine, one row per target and size, the ratios and the slowest routes', () => {
    const runs = [record('ours', 30_000), record('astro-md', 10_000), record('hugo', 2_000)]
    const markdown = renderMarkdown(resultOf(runs, ['a note']))
    expect(markdown).toContain('Xeon, 2 cores, 23.5 GB RAM, Node v24.21.0, Astro 7.3.5, no Hugo')
    expect(markdown).toContain('site at commit abc1234')
    expect(markdown).toContain(
      '| ours | 1 | 1000 | 1470 | 30.0 | 20.41 | — | 41.5 | 12.0 | 512 | 800 | 210 | — | 1 (0) |',
    )
    expect(markdown).toContain('| astro-md | 1 | 1000 | 1470 | 10.0 | 6.80 | — | 14.8 | — | 512 |')
    // (41.5 − 12.0) / 14.75 = 2.00: ours' CPU without the search index against Astro-markdown's.
    expect(markdown).toContain('| 1000 | 1 | 3.00 | 2.00 | 15.00 |')
    expect(markdown).toContain('| /prosjekt/ | 1200 | 6.0 | 5.00 |')
    expect(markdown).toContain('- a note')
    expect(markdown).not.toContain('pages render at once')
  })

  test('says that per-page times overlap when pages render concurrently', () => {
    const markdown = renderMarkdown(resultOf([{ ...record('ours', 30_000), concurrency: 4 }]))
    expect(markdown).toContain('concurrency 4): 4 pages render at once')
  })
})
