import type { RouteFamilyTime } from './astroLog.ts'
import { median } from './stats.ts'
import type { TargetName } from './targets.ts'

/** One measured build. */
export interface RunRecord {
  target: TargetName
  concurrency: number
  measures: number
  repeat: number
  exitCode: number
  pages: number
  wallMs: number
  peakRssBytes: number
  /** User + system CPU time of the build's process tree (GNU time), when measured. */
  cpuMs?: number
  /** CPU time of the search indexer's process (Pagefind), sampled from /proc; part of `cpuMs`. */
  searchIndexCpuMs?: number
  groqMs?: number
  groqSource?: 'content-module' | 'bench-process'
  /**
   * The same queries timed alone in the bench's process. The in-build figure is wall time, and the build's other
   * work on the one thread (shaping content, rendering) runs between a query's steps, so it is an upper bound.
   */
  groqAloneMs?: number
  /** What Astro itself reports for the page-generation step. */
  astroReportedMs?: number
  routeFamilies?: RouteFamilyTime[]
  log: string
}

/** Medians of the successful runs of one target, concurrency and size. */
export interface Summary {
  target: TargetName
  concurrency: number
  measures: number
  runs: number
  failures: number
  pages: number
  wallMs: number
  msPerPage: number
  peakRssBytes: number
  /** Median CPU time (user + system) of the successful runs, when measured. */
  cpuMs?: number
  searchIndexCpuMs?: number
  /** Median over the runs of each run's CPU time less its search indexer's. */
  cpuWithoutIndexMs?: number
  groqMs?: number
  groqAloneMs?: number
  /** Seconds per page added since the next smaller size: the cost of one more page, without start-up. */
  marginalMsPerPage?: number
  /** t(N) / t(N/2) when the run had N/2 too. */
  doublingRatio?: number
}

/** Per size: ours against the baselines at the same concurrency. */
export interface Ratio {
  measures: number
  concurrency: number
  oursOverAstroMarkdown?: number
  /**
   * Ours' CPU time without Pagefind's, over Astro-markdown's CPU time: what building the pages costs against
   * Astro's own fastest path, apart from the index the baseline does not build (building the records, and feeding
   * them to Pagefind, still count as ours).
   */
  oursCpuWithoutIndexOverAstroMarkdownCpu?: number
  oursOverHugo?: number
}

const key = (target: string, concurrency: number, measures: number): string =>
  `${target}|${concurrency}|${measures}`

/** Groups runs by target, concurrency and size and takes medians; failed runs are counted, not averaged. */
export function summarise(runs: readonly RunRecord[]): Summary[] {
  const groups = new Map<string, RunRecord[]>()
  for (const run of runs) {
    const k = key(run.target, run.concurrency, run.measures)
    groups.set(k, [...(groups.get(k) ?? []), run])
  }
  const summaries: Summary[] = []
  for (const group of groups.values()) {
    const ok = group.filter((run) => run.exitCode === 0)
    const first = group[0]!
    const base = { target: first.target, concurrency: first.concurrency, measures: first.measures }
    if (ok.length === 0) {
      summaries.push({
        ...base,
        runs: group.length,
        failures: group.length,
        pages: 0,
        wallMs: NaN,
        msPerPage: NaN,
        peakRssBytes: NaN,
      })
      continue
    }
    const pages = median(ok.map((run) => run.pages))
    const wallMs = median(ok.map((run) => run.wallMs))
    const measured = (field: 'cpuMs' | 'searchIndexCpuMs' | 'groqMs' | 'groqAloneMs'): number[] =>
      ok.flatMap((run) => (run[field] === undefined ? [] : [run[field]]))
    const cpu = measured('cpuMs')
    const indexCpu = measured('searchIndexCpuMs')
    const groq = measured('groqMs')
    const groqAlone = measured('groqAloneMs')
    const withoutIndex = ok.flatMap((run) =>
      run.cpuMs === undefined || run.searchIndexCpuMs === undefined
        ? []
        : [run.cpuMs - run.searchIndexCpuMs],
    )
    summaries.push({
      ...base,
      runs: group.length,
      failures: group.length - ok.length,
      pages,
      wallMs,
      msPerPage: pages > 0 ? wallMs / pages : NaN,
      peakRssBytes: median(ok.map((run) => run.peakRssBytes)),
      ...(cpu.length > 0 ? { cpuMs: median(cpu) } : {}),
      ...(indexCpu.length > 0 ? { searchIndexCpuMs: median(indexCpu) } : {}),
      ...(withoutIndex.length > 0 ? { cpuWithoutIndexMs: median(withoutIndex) } : {}),
      ...(groq.length > 0 ? { groqMs: median(groq) } : {}),
      ...(groqAlone.length > 0 ? { groqAloneMs: median(groqAlone) } : {}),
    })
  }
  summaries.sort(
    (a, b) =>
      a.target.localeCompare(b.target) || a.concurrency - b.concurrency || a.measures - b.measures,
  )
  for (const summary of summaries) {
    const same = summaries.filter(
      (other) => other.target === summary.target && other.concurrency === summary.concurrency,
    )
    const smaller = same.filter((other) => other.measures < summary.measures).at(-1)
    if (smaller && summary.pages > smaller.pages) {
      summary.marginalMsPerPage =
        (summary.wallMs - smaller.wallMs) / (summary.pages - smaller.pages)
    }
    const half = same.find((other) => other.measures * 2 === summary.measures)
    if (half) summary.doublingRatio = summary.wallMs / half.wallMs
  }
  return summaries
}

/** Ours divided by each baseline, per size and concurrency (Hugo has no concurrency setting: its one run). */
export function ratios(summaries: readonly Summary[]): Ratio[] {
  const find = (target: TargetName, concurrency: number, measures: number): Summary | undefined =>
    summaries.find(
      (s) =>
        s.target === target &&
        s.measures === measures &&
        (target === 'hugo' || s.concurrency === concurrency),
    )
  return summaries
    .filter((s) => s.target === 'ours')
    .map((ours) => {
      const astro = find('astro-md', ours.concurrency, ours.measures)
      const hugo = find('hugo', ours.concurrency, ours.measures)
      return {
        measures: ours.measures,
        concurrency: ours.concurrency,
        ...(astro ? { oursOverAstroMarkdown: ours.wallMs / astro.wallMs } : {}),
        ...(astro?.cpuMs !== undefined && ours.cpuWithoutIndexMs !== undefined
          ? { oursCpuWithoutIndexOverAstroMarkdownCpu: ours.cpuWithoutIndexMs / astro.cpuMs }
          : {}),
        ...(hugo ? { oursOverHugo: ours.wallMs / hugo.wallMs } : {}),
      }
    })
}
