import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { rulesForBuild } from '../../../scripts/serve/headerManifest.ts'
import { headerManifestFile } from '../../../scripts/serve/securityHeaders.ts'
import { builtHtmlFiles } from '../../src/integrations/securityHeaders'
import { builtSiteDir } from '../build/builtSite'

const scratch = mkdtempSync(join(tmpdir(), 'built-html-files-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('builtHtmlFiles', () => {
  test('lists the HTML Astro wrote and the HTML copied from public/, once each, sorted', async () => {
    const root = join(scratch, 'dist')
    const publicDir = join(scratch, 'public')
    mkdirSync(join(publicDir, 'verifisering'), { recursive: true })
    writeFileSync(join(publicDir, 'verifisering', 'google.html'), '<p>x</p>')
    writeFileSync(join(publicDir, 'favicon.svg'), '<svg/>')
    const file = (path: string) => pathToFileURL(join(root, path))
    const assets = new Map([
      ['/prosjekt/[slug]', [file('prosjekt/b/index.html'), file('prosjekt/a/index.html')]],
      ['/arrangementer/[slug].ics', [file('arrangementer/a.ics')]],
      ['/404', [file('404.html')]],
      ['/', [file('index.html'), file('index.html')]],
    ])
    expect(await builtHtmlFiles(root, assets, publicDir)).toEqual([
      '404.html',
      'index.html',
      'prosjekt/a/index.html',
      'prosjekt/b/index.html',
      'verifisering/google.html',
    ])
  })

  test('a site without a public folder has only what Astro wrote', async () => {
    const root = join(scratch, 'other')
    const assets = new Map([['/', [pathToFileURL(join(root, 'index.html'))]]])
    expect(await builtHtmlFiles(root, assets, join(scratch, 'no-public'))).toEqual(['index.html'])
  })
})

test('the built site’s header rules are the ones a scan of every HTML file in it gives', async () => {
  const dir = builtSiteDir()
  const written = JSON.parse(readFileSync(join(dir, headerManifestFile), 'utf8')) as unknown
  // The integration scans the files Astro reports; this lists the folder, Pagefind's files and all.
  expect(written).toEqual({ rules: await rulesForBuild(dir) })
})
