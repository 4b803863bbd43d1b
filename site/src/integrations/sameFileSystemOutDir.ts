import { statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** The device number of an existing path, or undefined when there is nothing there to stat. */
export type DeviceOf = (path: string) => number | undefined

const deviceOf: DeviceOf = (path) => {
  try {
    return statSync(path).dev
  } catch {
    return undefined
  }
}

/** The device of `path`, or of its nearest existing ancestor: the output folder is often made by the build. */
function nearestDevice(path: string, device: DeviceOf): number | undefined {
  for (let dir = path; ; dir = dirname(dir)) {
    const found = device(dir)
    if (found !== undefined || dirname(dir) === dir) return found
  }
}

/**
 * Why Astro 7 cannot build from `cwd` into `outDir`, or undefined when it can. With an output folder outside the
 * working directory, Astro writes its prerender bundle under `<cwd>/.astro/` and renames the bundle's assets into
 * the output folder (`getOutDirWithinCwd`, `ssrMoveAssets`); across file systems that fails with EXDEV, after the
 * bundle is built and before any page is written.
 */
export function crossDeviceProblem(
  outDir: string,
  cwd: string,
  device: DeviceOf = deviceOf,
): string | undefined {
  // Astro's own test: an output folder under the working directory holds its staging folder itself.
  if (outDir.startsWith(cwd)) return undefined
  const staging = join(cwd, '.astro')
  if (nearestDevice(staging, device) === nearestDevice(outDir, device)) return undefined
  return (
    `astro build cannot write to ${outDir} (DRIVKRAFT_OUT_DIR): it is on another file system than ${staging}, ` +
    `where Astro builds its prerender bundle before moving its assets there; the move would fail with EXDEV. ` +
    `Point DRIVKRAFT_OUT_DIR at a folder on the same file system as ${cwd} (a tmpfs /tmp is not; the rebuild ` +
    `server builds inside RELEASES_DIR), or leave it unset to build into site/dist.`
  )
}

/** Stops `astro build` before it starts when the output folder is on another file system (`crossDeviceProblem`). */
export function sameFileSystemOutDir(device: DeviceOf = deviceOf): AstroIntegration {
  return {
    name: 'drivkraft-same-file-system-out-dir',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return
        const problem = crossDeviceProblem(fileURLToPath(config.outDir), process.cwd(), device)
        if (problem) throw new Error(problem)
      },
    },
  }
}
