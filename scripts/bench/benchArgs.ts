import { parseArgs } from 'node:util'
import type { TargetName } from './targets.ts'
import { SITE_CONCURRENCY } from '../../site/buildConcurrency.ts'
import {
  parseSearchIndexMode,
  type SearchIndexMode,
} from '../../site/src/lib/search/searchIndexMode.ts'

/** Parsed `bench` arguments, or a request for help. */
export type BenchArgs =
  | { help: true }
  | {
      help: false
      sizes: number[]
      repeats: number
      seed: number
      concurrency: number[]
      targets: TargetName[]
      searchIndex: SearchIndexMode
      outDir: string
    }

/** The `--help` text. */
export const USAGE = `Usage: npm run bench -- [--sizes 1000,5000,10000,20000] [--repeats 3] [--concurrency 4]
                      [--targets ours,astro-md,hugo] [--search-index during] [--seed 1]
                      [--out bench-results]

Builds the site from generated datasets (DRIVKRAFT_DATASET, DRIVKRAFT_OUT_DIR in node_modules/.cache) at
each size, plus the baselines: a minimal Astro project over Markdown content collections with the same number
of pages (scripts/bench/baseline) and Hugo over the same Markdown (installed from apt when possible, skipped
otherwise). Sizes and repeats are interleaved; medians are reported: pages, wall time, ms per page, peak RSS of
the build's process tree, GROQ time, t(N)/t(N/2) and ours / baseline. Writes JSON and Markdown to --out and
prints the table. Reports figures only; it never fails on a time.

  --sizes        measure counts, comma-separated (default 1000,5000,10000,20000)
  --repeats      builds per target and size (default 3)
  --concurrency  Astro build.concurrency values to compare, comma-separated (default 4, the site's own)
  --targets      which of ours, astro-md, hugo to build (default all three)
  --search-index when ours writes its search index: during (the default, while Astro renders) or after (once
                 Astro has exited, as the site's \`npm run build\` does with DRIVKRAFT_SEARCH_INDEX=after)
  --seed         dataset seed (default 1)
  --out          results directory (default bench-results, git-ignored)
  --help         show this text`

const TARGETS: readonly TargetName[] = ['ours', 'astro-md', 'hugo']

const numberList = (flag: string, raw: string): number[] => {
  const values = raw.split(',').map((part) => part.trim())
  if (values.some((value) => !/^\d+$/.test(value) || Number(value) < 1)) {
    throw new Error(`${flag} takes whole numbers ≥ 1 separated by commas, got "${raw}"`)
  }
  return values.map(Number)
}

/** Parses and checks the command line; throws an error that names the bad flag. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,5000,10000,20000' },
      repeats: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: String(SITE_CONCURRENCY) },
      targets: { type: 'string', default: TARGETS.join(',') },
      'search-index': { type: 'string', default: 'during' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-results' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) return { help: true }
  const targets = values.targets.split(',').map((t) => t.trim())
  const unknown = targets.filter((t) => !(TARGETS as readonly string[]).includes(t))
  if (unknown.length > 0 || !targets.includes('ours')) {
    throw new Error(
      `--targets must include ours and may add astro-md and hugo, got "${values.targets}"`,
    )
  }
  const searchIndex: SearchIndexMode = parseSearchIndexMode(
    values['search-index'],
    '--search-index',
  )
  const [repeats] = numberList('--repeats', values.repeats)
  if (!/^\d+$/.test(values.seed))
    throw new Error(`--seed must be a whole number, got "${values.seed}"`)
  return {
    help: false,
    sizes: [...new Set(numberList('--sizes', values.sizes))].sort((a, b) => a - b),
    repeats: repeats!,
    seed: Number(values.seed),
    concurrency: numberList('--concurrency', values.concurrency),
    targets: targets as TargetName[],
    searchIndex,
    outDir: values.out,
  }
}
