import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readAllPages } from './gates/builtSite.ts'
import { distDir } from '../browser/support/dist.ts'
import { formatFindings } from './gates/finding.ts'
import { checkLinks, distLinkTargets } from './gates/links.ts'

const dist = distDir()

// The canonical origin is whatever the sitemap was written for, so the check follows SITE_URL builds too.
async function siteOrigin(): Promise<string> {
  const index = await readFile(join(dist, 'sitemap-index.xml'), 'utf8')
  const loc = /<loc>\s*([^<\s]+)/.exec(index)?.[1]
  if (!loc) throw new Error(`${join(dist, 'sitemap-index.xml')} has no <loc>`)
  return new URL(loc).origin
}

test('every internal link, asset and #anchor in dist resolves', async () => {
  const pages = await readAllPages(dist)
  const findings = checkLinks(pages, distLinkTargets(dist, await siteOrigin()))
  expect(pages.length).toBeGreaterThan(0)
  expect(findings, formatFindings(findings)).toEqual([])
})
