import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join, resolve } from 'node:path'

const siteDir = resolve(import.meta.dirname, '../..')
const astroBin = resolve(siteDir, '../node_modules/astro/bin/astro.mjs')

/**
 * A fresh directory for a fixture build, inside site/node_modules/.cache: Astro's prerender chunks land in the
 * output and must resolve packages from there, and Astro moves them to a shared `<cwd>/.astro/` when the output
 * lies outside the working directory, where concurrent builds would overwrite each other's chunks.
 */
export function fixtureBuildDir(prefix: string): string {
  const parent = join(siteDir, 'node_modules', '.cache', 'drivkraft-fixture-builds')
  mkdirSync(parent, { recursive: true })
  return mkdtempSync(join(parent, prefix))
}

/**
 * Builds the site from `dataset` into `outDir` (use a directory from `fixtureBuildDir`). As a production build:
 * Vitest sets NODE_ENV=test, which the child would inherit and Vite would honour with React's development bundle.
 */
export function buildSite(dataset: string, outDir: string, env: Record<string, string> = {}): void {
  const build = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: siteDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DRIVKRAFT_DATASET: dataset,
      DRIVKRAFT_OUT_DIR: outDir,
      ...env,
    },
    encoding: 'utf8',
  })
  if (build.status !== 0) {
    throw new Error(`Building ${dataset} into ${outDir} failed:\n${build.stdout}\n${build.stderr}`)
  }
}
