import { pathToFileURL } from 'node:url'
import type { AstroIntegration } from 'astro'
import { describe, expect, test } from 'vitest'
import {
  crossDeviceProblem,
  sameFileSystemOutDir,
  type DeviceOf,
} from '../../src/integrations/sameFileSystemOutDir'

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>

/** A fake file system: the paths that exist and the device each one is on. */
function devices(existing: Record<string, number>): DeviceOf {
  return (path) => existing[path]
}

// The project on disk 1, a tmpfs /tmp on device 2; neither output folder below exists yet.
const tmpfsTmp = devices({ '/': 1, '/work': 1, '/work/site': 1, '/work/site/.astro': 1, '/tmp': 2 })

describe('crossDeviceProblem', () => {
  test('an output folder on another file system is refused, naming the folder, variable and fix', () => {
    expect(crossDeviceProblem('/tmp/drivkraft-out/dist', '/work/site', tmpfsTmp)).toMatch(
      new RegExp(
        'cannot write to /tmp/drivkraft-out/dist \\(DRIVKRAFT_OUT_DIR\\).*another file system than ' +
          '/work/site/\\.astro.*EXDEV.*Point DRIVKRAFT_OUT_DIR at a folder on the same file system as ' +
          '/work/site.*leave it unset',
      ),
    )
  })

  test.each([
    ['outside the site on the same disk', '/work/cache/out'],
    ['not made yet, nor its parent', '/work/a/b/c/out'],
    ['under the site, even with its own device (Astro stages inside it)', '/work/site/dist'],
  ])('an output folder %s is fine', (_, outDir) => {
    const fs = devices({ '/': 1, '/work': 1, '/work/site': 1, '/work/site/dist': 3 })
    expect(crossDeviceProblem(outDir, '/work/site', fs)).toBeUndefined()
  })

  test('compares with .astro itself when it is a mount of its own', () => {
    const fs = devices({ '/': 1, '/work/site': 1, '/work/site/.astro': 2, '/tmp': 2 })
    expect(crossDeviceProblem('/tmp/out', '/work/site', fs)).toBeUndefined()
    expect(crossDeviceProblem('/work/out', '/work/site', fs)).toMatch(/EXDEV/)
  })
})

describe('sameFileSystemOutDir', () => {
  /** Runs the integration's config:setup hook for `command` with `outDir` against the real working directory. */
  function setup(command: 'build' | 'dev', outDir: string, device: DeviceOf): void {
    const hook = sameFileSystemOutDir(device).hooks['astro:config:setup'] as Setup
    const config = { outDir: pathToFileURL(outDir) }
    void hook({ command, config } as unknown as Parameters<Setup>[0])
  }
  const elsewhere = (path: string) => (path.startsWith(process.cwd()) || path === '/' ? 1 : 2)

  test('astro build into another file system stops before building', () => {
    expect(() => setup('build', '/elsewhere/out', elsewhere)).toThrow(/DRIVKRAFT_OUT_DIR.*EXDEV/)
  })

  test('astro build on one file system goes ahead', () => {
    expect(() => setup('build', '/elsewhere/out', () => 1)).not.toThrow()
  })

  test('astro dev never builds into outDir', () => {
    expect(() => setup('dev', '/elsewhere/out', elsewhere)).not.toThrow()
  })
})
