import { readFile, readdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { serveCurrent } from '../serveCurrent.ts'
import { fixtureBuildDir } from '../../../site/test/build/buildSite.ts'
import { closeAfter, deliver, startTestServer, status } from './helpers.ts'

// The one test with the real site build: minutes, not milliseconds. It builds the bundled dataset into a temporary
// RELEASES_DIR through DRIVKRAFT_OUT_DIR and never touches site/dist, which other suites read.
const REAL_BUILD_MS = 15 * 60_000
const running = closeAfter('all')

describe('the real site build', () => {
  test(
    'a signed delivery builds the site with npm run build -w site into a new live release',
    async () => {
      // Inside the site folder: Astro keeps an out-of-tree build's prerender chunks in a shared site/.astro/,
      // where a concurrent fixture build of another suite would overwrite them.
      const releasesDir = fixtureBuildDir('rebuild-site-')
      const server = await startTestServer({
        RELEASES_DIR: releasesDir,
        REBUILD_COMMAND: 'npm run build -w site',
        REBUILD_OUTPUT: join(releasesDir, 'never-written'),
        BUILD_TIMEOUT_MS: String(REAL_BUILD_MS - 60_000),
      })
      running.push(server)
      expect((await deliver(server.url, '{"_id":"programme","_type":"programme"}')).status).toBe(
        202,
      )
      await server.service.idle()
      const after = await status(server.url)
      const log = server.events.find((e) => e.event === 'build.end')?.log as string
      expect(after.lastBuild?.outcome, await readFile(log, 'utf8').catch(() => log)).toBe(
        'succeeded',
      )
      expect(after.current).toBe(after.lastBuild?.id)
      const live = await realpath(join(releasesDir, 'current'))
      expect(live).toBe(join(await realpath(releasesDir), after.current ?? ''))
      const pages = (await readdir(live, { recursive: true })).filter((name) =>
        name.endsWith('.html'),
      )
      expect(pages.length).toBeGreaterThan(10)
      expect(await readFile(join(live, 'index.html'), 'utf8')).toMatch(/<html[^>]*lang="nb"/)

      const site = await serveCurrent(releasesDir, 0, '127.0.0.1')
      running.push(site)
      const home = await fetch(`${site.url}/`)
      expect(home.status).toBe(200)
      expect(home.headers.get('x-content-type-options')).toBe('nosniff')
      expect(home.headers.get('content-security-policy')).toContain("default-src 'self'")
    },
    REAL_BUILD_MS,
  )
})
