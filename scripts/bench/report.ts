import type { SearchIndexMode } from '../../site/src/lib/search/searchIndexMode.ts'
import type { Machine } from './machine.ts'
import type { Ratio, RunRecord, Summary } from './summarise.ts'

/** Everything one benchmark run produced; written as JSON and rendered as Markdown. */
export interface BenchResult {
  startedAt: string
  finishedAt: string
  machine: Machine
  options: {
    sizes: number[]
    repeats: number
    seed: number
    concurrency: number[]
    targets: string[]
    /** When ours wrote its search index; older results have none (then `during`). */
    searchIndex?: SearchIndexMode
  }
  notes: string[]
  summaries: Summary[]
  ratios: Ratio[]
  runs: Omit<RunRecord, 'log'>[]
}

const fixed = (value: number | undefined, digits: number): string =>
  value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits)
const seconds = (ms: number | undefined): string =>
  fixed(ms === undefined ? undefined : ms / 1000, 1)
const mebibytes = (bytes: number | undefined): string =>
  fixed(bytes === undefined ? undefined : bytes / 1024 ** 2, 0)
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
const table = (head: string[], rows: string[][]): string[] => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
]

/** The Markdown tables: one row per target, concurrency and size, then ratios and the slowest routes. */
export function renderMarkdown(result: BenchResult): string {
  const { machine } = result
  const lines = [
    `# Build benchmark ${result.startedAt}`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, Node ${machine.node}, ` +
      `Astro ${machine.astro}${machine.hugo ? `, ${machine.hugo.split(' ').slice(0, 2).join(' ')}` : ', no Hugo'}; ` +
      `load average at start ${machine.loadAverageAtStart.join(' / ')}; site at commit ${machine.commit ?? 'unknown'}.`,
    `Sizes ${result.options.sizes.join(', ')} measures, ${result.options.repeats} repeat(s) interleaved, ` +
      `seed ${result.options.seed}, Astro build.concurrency ${result.options.concurrency.join(' and ')}, ` +
      `search index written ${result.options.searchIndex === 'after' ? 'after Astro exits' : 'during the render'}. Medians.`,
    '',
    ...table(
      [
        'target',
        'conc.',
        'measures',
        'pages',
        'wall s',
        'ms/page',
        'marginal ms/page',
        'CPU s',
        'search index CPU s',
        'peak RSS MiB',
        'GROQ ms in build',
        'GROQ ms alone',
        't(N)/t(N/2)',
        'runs (failed)',
      ],
      result.summaries.map((s) => [
        s.target,
        String(s.concurrency),
        String(s.measures),
        String(s.pages),
        seconds(s.wallMs),
        fixed(s.msPerPage, 2),
        fixed(s.marginalMsPerPage, 2),
        seconds(s.cpuMs),
        seconds(s.searchIndexCpuMs),
        mebibytes(s.peakRssBytes),
        fixed(s.groqMs, 0),
        fixed(s.groqAloneMs, 0),
        fixed(s.doublingRatio, 2),
        `${s.runs} (${s.failures})`,
      ]),
    ),
    '',
    ...table(
      [
        'measures',
        'conc.',
        'ours / Astro-markdown',
        'CPU: ours without search index / Astro-markdown',
        'ours / Hugo',
      ],
      result.ratios.map((r) => [
        String(r.measures),
        String(r.concurrency),
        fixed(r.oursOverAstroMarkdown, 2),
        fixed(r.oursCpuWithoutIndexOverAstroMarkdownCpu, 2),
        fixed(r.oursOverHugo, 2),
      ]),
    ),
  ]
  const largest = result.runs
    .filter((run) => run.target === 'ours' && run.exitCode === 0 && run.routeFamilies)
    .sort((a, b) => b.measures - a.measures || a.repeat - b.repeat)[0]
  if (largest?.routeFamilies) {
    lines.push(
      '',
      `Where ours spends page-render time (Astro's per-page log, ${largest.measures} measures, repeat ${largest.repeat}, concurrency ${largest.concurrency}):` +
        (largest.concurrency > 1
          ? ` ${largest.concurrency} pages render at once, so each page's time includes waiting for the others and the times add up to more than the wall time; compare families with each other, not with the wall time.`
          : ''),
      '',
      ...table(
        ['route family', 'pages', 'total s', 'ms/page'],
        largest.routeFamilies.map((f) => [
          f.family,
          String(f.pages),
          seconds(f.totalMs),
          fixed(f.totalMs / f.pages, 2),
        ]),
      ),
    )
  }
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${note}`))
  return lines.join('\n') + '\n'
}
