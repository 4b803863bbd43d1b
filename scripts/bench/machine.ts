import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg, totalmem, availableParallelism } from 'node:os'
import { join } from 'node:path'

/** The machine and tool versions a benchmark ran with. */
export interface Machine {
  cpu: string
  cores: number
  ramGb: number
  node: string
  astro: string
  hugo?: string
  loadAverageAtStart: number[]
  /** The commit the site was built from, with `+changes` when the working tree differs. */
  commit?: string
}

/** Hugo's version line, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  return run.status === 0 ? run.stdout.trim() : undefined
}

/** Short HEAD commit, marked when other people's uncommitted work is in the tree being built. */
function currentCommit(repoRoot: string): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'site', 'schemas'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  const commit = head.status === 0 ? head.stdout.trim() : 'unknown'
  return dirty.stdout.trim() === '' ? commit : `${commit}+changes`
}

/** Describes this machine for the report. */
export function describeMachine(repoRoot: string): Machine {
  const astro = JSON.parse(
    readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8'),
  ) as {
    version: string
  }
  const hugo = hugoVersion()
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    astro: astro.version,
    ...(hugo ? { hugo } : {}),
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
    commit: currentCommit(repoRoot),
  }
}
