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
}

/** Hugo's version line, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  return run.status === 0 ? run.stdout.trim() : undefined
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
  }
}
