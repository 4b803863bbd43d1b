import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadBaseDocuments } from '../generate-dataset/baseDocuments.ts'
import { generateDataset, toNdjson } from '../generate-dataset/generateDataset.ts'
import { reportedBuildMs, routeFamilyTimes } from './astroLog.ts'
import { writeBaselineContent } from './baselineContent.ts'
import { measureGroqInProcess, readGroqTimings } from './groqTiming.ts'
import { describeMachine, hugoVersion } from './machine.ts'
import type { BenchResult } from './report.ts'
import { runMeasured } from './runMeasured.ts'
import { searchIndexCpu } from './searchIndexCpu.ts'
import { trashIn, type Trash } from './setAside.ts'
import { ratios, summarise, type RunRecord } from './summarise.ts'
import { targetCommand, type TargetName } from './targets.ts'
import type { SearchIndexMode } from '../../site/src/lib/search/searchIndexMode.ts'

/** What to benchmark. */
export interface BenchOptions {
  repoRoot: string
  /** Scratch directory for datasets, Markdown and build output; wiped at the end. */
  workDir: string
  sizes: number[]
  repeats: number
  seed: number
  concurrency: number[]
  targets: TargetName[]
  /** When ours writes its search index (default `during`, as the site's own build). */
  searchIndex?: SearchIndexMode
  /** Where build logs go (`<resultsDir>/logs`). */
  resultsDir: string
  /** Called with one line per finished build and per step. */
  log: (line: string) => void
  /** Called with the result so far after every build, so a long run that is stopped still leaves figures. */
  onProgress?: (partial: BenchResult) => void
}

/** Number of HTML pages a build wrote. */
export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html'))
    .length
}

/** Hugo, installed from apt when missing and allowed; false when it cannot be had. */
function ensureHugo(log: (line: string) => void): boolean {
  if (hugoVersion()) return true
  log('Hugo is missing; trying flock /tmp/apt.lock apt-get install -y hugo')
  const install = spawnSync('flock', ['/tmp/apt.lock', 'apt-get', 'install', '-y', 'hugo'], {
    encoding: 'utf8',
  })
  return install.status === 0 && hugoVersion() !== undefined
}

const GROQ_FROM_BENCH_NOTE =
  'GROQ ms: the content module does not report DRIVKRAFT_GROQ_TIMINGS yet, so the bench re-ran every ' +
  "`…Query` of site/src/lib/queries.ts once over the same dataset with the site's own groq-js source, " +
  'in the bench process after the build (same queries and code path, not measured inside the build).'

/**
 * The order targets run in for a repeat (from 1): ours first in repeat 1, whatever order `--targets` gave, since
 * the baselines render as many pages as ours wrote; then rotated so that no target always runs first.
 */
export function targetOrder(targets: readonly TargetName[], repeat: number): TargetName[] {
  const base = [...targets].sort((a, b) => Number(b === 'ours') - Number(a === 'ours'))
  return base.map((_, i) => base[(i + repeat - 1) % base.length]!)
}

/**
 * Writes out what the builds before left in the page cache (their output, the folder just removed, generated
 * input), before the clock starts. Otherwise the kernel writes it back during the next build, whichever target
 * that is: ours writes 211 MB of HTML at 10,000 measures, Astro-markdown 18 MB (docs/performance.md, tenth round).
 */
function settleDisk(): void {
  if (process.platform !== 'win32') spawnSync('sync', { stdio: 'ignore' })
}

/** Which build of the plan this is. */
type Slot = Pick<RunRecord, 'target' | 'concurrency' | 'measures' | 'repeat'>

/**
 * Builds one target once from a clean output folder, measures it, reads GROQ time for ours, saves the log to
 * `<resultsDir>/logs/` and reports one line. What the build before left is set aside, not deleted (`setAside.ts`).
 */
async function buildOnce(
  slot: Slot,
  input: string,
  options: BenchOptions,
  /** Sizes whose GROQ time alone is already measured. */
  groqAloneDone: Set<number>,
  trash: Trash,
): Promise<RunRecord> {
  const { target, concurrency, measures, repeat } = slot
  const { repoRoot, workDir } = options
  const outDir = join(workDir, 'out')
  const scratch = join(workDir, 'scratch')
  const groqTimingsFile = join(workDir, 'groq-timings.ndjson')
  rmSync(groqTimingsFile, { force: true })
  trash.setAside([outDir, scratch])
  if (trash.emptyIfShort()) {
    options.log(
      "The disk is short of space: the earlier builds' output was deleted, which slows this build (docs/performance.md, item 38)",
    )
  }
  mkdirSync(scratch, { recursive: true })
  const command = targetCommand(target, {
    repoRoot,
    outDir,
    input,
    scratch,
    concurrency,
    groqTimingsFile,
    searchIndex: options.searchIndex ?? 'during',
  })
  if (command.ownCwd) mkdirSync(command.cwd, { recursive: true })
  settleDisk()
  const run = await runMeasured(command).finally(() => {
    if (command.ownCwd) trash.setAside([command.cwd])
  })
  const record: RunRecord = {
    ...slot,
    exitCode: run.exitCode,
    // A build that fails at its last step has still written its pages; the baselines render as many.
    pages: existsSync(outDir) ? countPages(outDir) : 0,
    wallMs: run.wallMs,
    peakRssBytes: run.peakRssBytes,
    ...(run.cpuMs === undefined ? {} : { cpuMs: run.cpuMs }),
    ...searchIndexCpu(target === 'ours' ? run.cpuMsByCommand : {}),
    log: run.output,
  }
  const reported = target === 'hugo' ? undefined : reportedBuildMs(run.output)
  if (reported !== undefined) record.astroReportedMs = reported
  if (target === 'ours' && run.exitCode === 0) {
    record.routeFamilies = routeFamilyTimes(run.output)
    const groq = readGroqTimings(groqTimingsFile) ?? (await measureGroqInProcess(repoRoot, input))
    record.groqMs = groq.totalMs
    record.groqSource = groq.source
    // Once per size (its first successful build): the figure depends only on the dataset, and timing it costs
    // the bench a parse.
    if (!groqAloneDone.has(measures)) {
      groqAloneDone.add(measures)
      record.groqAloneMs =
        groq.source === 'bench-process'
          ? groq.totalMs
          : (await measureGroqInProcess(repoRoot, input)).totalMs
    }
  }
  const logDir = join(options.resultsDir, 'logs')
  const logFile = join(logDir, `${target}-${measures}-c${concurrency}-r${repeat}.log`)
  mkdirSync(logDir, { recursive: true })
  writeFileSync(logFile, run.output)
  options.log(
    `${target} c${concurrency} ${measures} measures, repeat ${repeat}: ` +
      (run.exitCode === 0
        ? `${record.pages} pages in ${(run.wallMs / 1000).toFixed(1)} s` +
          (run.cpuMs === undefined
            ? ''
            : ` (CPU ${(run.cpuMs / 1000).toFixed(1)} s` +
              (record.searchIndexCpuMs === undefined
                ? ')'
                : `, search index ${(record.searchIndexCpuMs / 1000).toFixed(1)} s)`)) +
          `, peak ${(run.peakRssBytes / 1024 ** 2).toFixed(0)} MiB`
        : `FAILED (exit ${run.exitCode}); log in ${logFile}`),
  )
  return record
}

/**
 * Builds every target at every size, interleaving sizes and repeats so that a slow spell of a noisy machine
 * spreads over all of them, and returns medians. The baselines render as many pages as ours wrote for the size
 * in its first run. Never asserts a time: it only reports.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date().toISOString()
  const setupNotes: string[] = []
  const { repoRoot, workDir, log } = options
  let targets = options.targets
  if (targets.includes('hugo') && !ensureHugo(log)) {
    targets = targets.filter((t) => t !== 'hugo')
    setupNotes.push(
      'Hugo could not be installed (apt-get install -y hugo failed), so it was skipped.',
    )
  }
  const machine = describeMachine(repoRoot)
  const assemble = (runs: RunRecord[], groqFromBench: boolean): BenchResult => {
    const summaries = summarise(runs)
    const notes = [...setupNotes]
    if (groqFromBench) notes.push(GROQ_FROM_BENCH_NOTE)
    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine,
      options: {
        sizes: options.sizes,
        repeats: options.repeats,
        seed: options.seed,
        concurrency: options.concurrency,
        targets,
        searchIndex: options.searchIndex ?? 'during',
      },
      notes,
      summaries,
      ratios: ratios(summaries),
      runs: runs.map(({ log: _log, ...rest }) => rest),
    }
  }
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const base = loadBaseDocuments(join(repoRoot, 'studio/seed/production.ndjson'))
  const datasets = new Map<number, string>()
  for (const measures of options.sizes) {
    const file = join(workDir, `synthetic-${measures}.ndjson`)
    writeFileSync(file, toNdjson(generateDataset({ measures, seed: options.seed, base })))
    datasets.set(measures, file)
  }
  const pagesOfOurs = new Map<number, number>()
  const markdownDirs = new Map<number, string>()
  const markdownFor = (measures: number): string => {
    let dir = markdownDirs.get(measures)
    if (!dir) {
      dir = join(workDir, `markdown-${measures}`)
      writeBaselineContent(dir, pagesOfOurs.get(measures) ?? measures, options.seed)
      markdownDirs.set(measures, dir)
    }
    return dir
  }
  const runs: RunRecord[] = []
  const groqAloneDone = new Set<number>()
  const trash = trashIn(join(workDir, 'removed'))
  let groqFromBench = false
  for (let repeat = 1; repeat <= options.repeats; repeat++) {
    for (const measures of options.sizes) {
      for (const target of targetOrder(targets, repeat)) {
        for (const concurrency of target === 'hugo' ? [1] : options.concurrency) {
          const input = target === 'ours' ? datasets.get(measures)! : markdownFor(measures)
          const slot = { target, concurrency, measures, repeat }
          const record = await buildOnce(slot, input, options, groqAloneDone, trash)
          if (target === 'ours' && record.pages > 0 && !pagesOfOurs.has(measures)) {
            pagesOfOurs.set(measures, record.pages)
          }
          groqFromBench ||= record.groqSource === 'bench-process'
          runs.push(record)
          options.onProgress?.(assemble(runs, groqFromBench))
        }
      }
    }
  }
  rmSync(workDir, { recursive: true, force: true })
  return assemble(runs, groqFromBench)
}
