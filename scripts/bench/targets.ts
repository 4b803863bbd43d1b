import { join } from 'node:path'
import { BUILD_ENV } from '../../site/buildEnv.ts'
import type { SearchIndexMode } from '../../site/src/lib/search/searchIndexMode.ts'
import type { Command } from './runMeasured.ts'

/** The three things the benchmark builds. */
export type TargetName = 'ours' | 'astro-md' | 'hugo'

/** Paths a target needs for one run. */
export interface TargetRun {
  repoRoot: string
  outDir: string
  /** Synthetic NDJSON for `ours`; Markdown directory for the baselines. */
  input: string
  /** Scratch space (caches), wiped by the caller. */
  scratch: string
  /** Astro's build.concurrency (ignored by Hugo). */
  concurrency: number
  /** File the content module may append GROQ timings to. */
  groqTimingsFile: string
  /** When ours writes its search index (`DRIVKRAFT_SEARCH_INDEX`). */
  searchIndex: SearchIndexMode
}

// process.execPath is the Node that runs the benchmark (Node 24 via npm); a bare `node` may be another one.
// When outDir lies outside the cwd, Astro writes its prerender chunks to <cwd>/.astro/.prerender, and two builds
// sharing that folder (other people's test builds of site/) break each other. So each run gets its own cwd inside
// the project's git-ignored .astro folder, where the chunks still resolve the project's node_modules.
const astro = (run: TargetRun, root: string, env: Record<string, string>): Command => ({
  argv: [
    process.execPath,
    join(run.repoRoot, 'scripts/bench/astroBuild.mjs'),
    root,
    String(run.concurrency),
  ],
  cwd: join(root, '.astro', `bench-${process.pid}`),
  ownCwd: true,
  env,
})

/** One argument for `sh -c`, in single quotes (a quote inside closes, escapes and reopens them). */
export const shellQuote = (arg: string): string => `'${arg.replaceAll("'", `'\\''`)}'`

/** The command that builds a target once. */
export function targetCommand(target: TargetName, run: TargetRun): Command {
  switch (target) {
    case 'ours': {
      // As the site's build script: BUILD_ENV, then the bench's own variables.
      const build = astro(run, join(run.repoRoot, 'site'), {
        ...BUILD_ENV,
        DRIVKRAFT_DATASET: run.input,
        DRIVKRAFT_OUT_DIR: run.outDir,
        DRIVKRAFT_GROQ_TIMINGS: run.groqTimingsFile,
        DRIVKRAFT_SEARCH_INDEX: run.searchIndex,
      })
      if (run.searchIndex === 'during') return build
      // As the site's `npm run build` does: the index is written by a process of its own once Astro's has exited.
      const indexer = [
        process.execPath,
        join(run.repoRoot, 'scripts/search-index/cli.ts'),
        '--dist',
        run.outDir,
      ]
      return {
        ...build,
        argv: [
          'sh',
          '-c',
          `${build.argv.map(shellQuote).join(' ')} && ${indexer.map(shellQuote).join(' ')}`,
        ],
      }
    }
    case 'astro-md':
      return astro(run, join(run.repoRoot, 'scripts/bench/baseline'), {
        BASELINE_CONTENT_DIR: run.input,
        BASELINE_OUT_DIR: run.outDir,
        BASELINE_CACHE_DIR: join(run.scratch, 'astro-cache'),
      })
    case 'hugo':
      return {
        argv: [
          'hugo',
          '--quiet',
          '--noBuildLock',
          '--source',
          join(run.repoRoot, 'scripts/bench/baseline/hugo'),
          '--contentDir',
          run.input,
          '--destination',
          run.outDir,
          '--cacheDir',
          join(run.scratch, 'hugo-cache'),
        ],
        cwd: run.scratch,
      }
  }
}
