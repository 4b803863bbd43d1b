import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { USAGE, parseBenchArgs } from './benchArgs.ts'
import { renderMarkdown, type BenchResult } from './report.ts'
import { runBench } from './runBench.ts'

/** Writes `<name>.json` and `<name>.md` into the results directory. */
function writeResult(outDir: string, name: string, result: BenchResult): void {
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(result, null, 2) + '\n')
  writeFileSync(join(outDir, `${name}.md`), renderMarkdown(result))
}

try {
  const args = parseBenchArgs(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
  } else {
    const repoRoot = process.cwd()
    const outDir = resolve(repoRoot, args.outDir)
    const result = await runBench({
      repoRoot,
      // On the project's own disk, not in os.tmpdir(): Astro 7 renders under site/ and renames the pages into
      // DRIVKRAFT_OUT_DIR, which fails with EXDEV when /tmp is a tmpfs. node_modules/ is git-ignored.
      workDir: join(repoRoot, 'node_modules', '.cache', `drivkraft-bench-${process.pid}`),
      sizes: args.sizes,
      repeats: args.repeats,
      seed: args.seed,
      concurrency: args.concurrency,
      targets: args.targets,
      searchIndex: args.searchIndex,
      resultsDir: outDir,
      log: (line) => console.error(line),
      onProgress: (partial) => writeResult(outDir, 'partial', partial),
    })
    const stamp = result.startedAt.replace(/[:.]/g, '-')
    for (const name of [`bench-${stamp}`, 'latest']) writeResult(outDir, name, result)
    console.log(renderMarkdown(result))
    console.log(`Results: ${join(outDir, `bench-${stamp}.json`)} and .md`)
  }
} catch (error) {
  console.error(`bench: ${(error as Error).message}`)
  process.exitCode = 1
}
