import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startStaticServer, type RunningServer } from '../../../scripts/serve/staticServer.ts'
import { describeInBrowser, launchBrowser, openPage } from '../browser/support/browser.ts'
import { fixtureBuildDir } from '../build/buildSite.ts'
import { writeBrokenDataset } from './fixtures/brokenDataset.ts'
import {
  brokenPages,
  fixtureSamiName,
  fixtureStatementPath,
  validPages,
  writeFixtureSite,
} from './fixtures/fixtureSite.ts'
import { runAxe } from './gates/axe.ts'
import { readAllPages } from './gates/builtSite.ts'
import { hydrateIslands, pageProblems, recordPageProblems } from './gates/browserChecks.ts'
import type { Finding } from './gates/finding.ts'
import { focusState } from './gates/focus.ts'
import { validateHtml } from './gates/htmlValidate.ts'
import { datasetFile } from './gates/siteFacts.ts'
import { runHtmlcs } from './gates/htmlcs.ts'
import { checkLinks, distLinkTargets } from './gates/links.ts'
import { checkPage } from './gates/pageInvariants.ts'
import {
  checkHorizontalScroll,
  enlargeText,
  findClippedText,
  reflowViewport,
} from './gates/reflow.ts'
import {
  checkAccessibilityStatement,
  checkSamiNames,
  checkUniqueTitles,
} from './gates/siteInvariants.ts'
import type { Browser, Page } from 'playwright-core'

type BrokenName = keyof typeof brokenPages

const origin = 'https://fixture.example'
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gates-fixture-'))
  await writeFixtureSite(dir)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function staticFindings(path: string, html: string): Promise<Finding[]> {
  return validateHtml(html, path).then((validation) => [
    ...checkPage(html, path, { statementPath: fixtureStatementPath }),
    ...checkSamiNames(html, path, [fixtureSamiName]),
    ...checkLinks([{ path, html }], distLinkTargets(dir, origin)),
    ...validation,
  ])
}

const rules = (findings: Finding[]) => findings.map((f) => `${f.gate}/${f.rule}`)

describe('static gates on hand-written pages', () => {
  test.each(Object.keys(validPages))('the valid page %s passes every static gate', async (path) => {
    expect(await staticFindings(path, validPages[path]!)).toEqual([])
  })

  test.each<[BrokenName, string]>([
    ['missingFooterLink', 'page/footer-statement-link'],
    ['statusWithoutText', 'page/status-badge-text'],
    ['imageWithoutAlt', 'page/img-alt'],
    ['imageWithoutAlt', 'html-validate/wcag/h37'],
    ['twoH1', 'page/one-h1'],
    ['brokenLink', 'links/broken-link'],
    ['brokenAnchor', 'links/broken-anchor'],
    ['noLang', 'page/html-lang-nb'],
    ['samiNameUnmarked', 'page/sami-lang'],
    ['noSkipLink', 'page/skip-link'],
    ['vagueLinkText', 'page/link-text'],
    ['timeWithoutDatetime', 'page/time-datetime'],
    ['inlineHandler', 'page/no-inline-script'],
    ['duplicateId', 'html-validate/no-dup-id'],
    ['emptyLink', 'html-validate/wcag/h30'],
  ])('%s is reported as %s', async (name, rule) => {
    const path = `/brutt/${name}/`
    expect(rules(await staticFindings(path, brokenPages[name]))).toContain(rule)
  })

  test('two pages with one title are both reported', () => {
    const html = validPages['/']!
    const findings = checkUniqueTitles([
      { path: '/', html },
      { path: '/kopi/', html },
      { path: '/tiltak/', html: validPages['/tiltak/']! },
    ])
    expect(findings.map((f) => [f.page, f.rule])).toEqual([
      ['/', 'unique-title'],
      ['/kopi/', 'unique-title'],
    ])
  })

  test('a statement without standard, date or contact is reported three times', () => {
    const html = validPages['/tiltak/']!
    expect(rules(checkAccessibilityStatement(html, '/tiltak/'))).toEqual([
      'statement/names-standard',
      'statement/last-checked',
      'statement/how-to-report',
    ])
    expect(
      checkAccessibilityStatement(validPages[fixtureStatementPath]!, fixtureStatementPath),
    ).toEqual([])
  })
})

describeInBrowser('browser gates on hand-written pages', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startStaticServer({ root: dir })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function visit<T>(
    path: string,
    use: (page: Page) => Promise<T>,
    viewport = { width: 1280, height: 800 },
  ): Promise<T> {
    const { context, page } = await openPage(browser, { viewport })
    try {
      await recordPageProblems(context)
      await page.goto(`${server.url}${path}`)
      await hydrateIslands(page)
      return await use(page)
    } finally {
      await context.close()
    }
  }

  const everyGate = async (page: Page, path: string) => [
    ...(await runAxe(page, path)),
    ...(await runHtmlcs(page, path)),
    ...(await checkHorizontalScroll(page, path)),
    ...(await pageProblems(page, path)),
  ]

  test.each(Object.keys(validPages))(
    'the valid page %s passes axe, HTML_CodeSniffer, reflow and CSP',
    async (path) => {
      expect(await visit(path, (page) => everyGate(page, path))).toEqual([])
      expect(
        await visit(path, (page) => checkHorizontalScroll(page, path), reflowViewport),
      ).toEqual([])
    },
  )

  test.each<[BrokenName, string]>([
    ['imageWithoutAlt', 'axe/image-alt'],
    ['noLang', 'axe/html-has-lang'],
    ['lowContrast', 'axe/color-contrast'],
    ['emptyLink', 'axe/link-name'],
  ])('axe reports %s as %s', async (name, rule) => {
    const path = `/brutt/${name}/`
    expect(rules(await visit(path, (page) => runAxe(page, path)))).toContain(rule)
  })

  test.each<[BrokenName, RegExp]>([
    ['imageWithoutAlt', /H37/],
    ['noLang', /H57/],
  ])('HTML_CodeSniffer reports %s (%s)', async (name, code) => {
    const path = `/brutt/${name}/`
    const codes = (await visit(path, (page) => runHtmlcs(page, path))).map((f) => f.rule)
    expect(
      codes.some((c) => code.test(c)),
      codes.join(', '),
    ).toBe(true)
  })

  test('a page wider than 320 px is reported', async () => {
    const path = '/brutt/wideAt320/'
    const findings = await visit(path, (page) => checkHorizontalScroll(page, path), reflowViewport)
    expect(rules(findings)).toEqual(['reflow/no-horizontal-scroll'])
  })

  test('text clipped at 200 % text size is reported, and only there', async () => {
    const path = '/brutt/clippedText/'
    expect(await visit(path, (page) => findClippedText(page, path))).toEqual([])
    const enlarged = await visit(path, async (page) => {
      await enlargeText(page)
      return findClippedText(page, path)
    })
    expect(rules(enlarged)).toEqual(['reflow/no-clipped-text'])
  })

  test('an inline event handler is blocked by the CSP and reported', async () => {
    const path = '/brutt/inlineHandler/'
    const findings = await visit(path, async (page) => {
      await page.waitForLoadState('load')
      return pageProblems(page, path)
    })
    expect(rules(findings)).toContain('browser/csp-violation')
  })

  test.each([
    ['/', true],
    ['/brutt/focusInvisible/', false],
  ])('focus on the last link of %s is visible: %s', async (path, visible) => {
    const state = await visit(path, async (page) => {
      await page.locator('main a').last().focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Tab')
      return focusState(page)
    })
    expect(state.visible).toBe(visible)
  })
})

describe('a full build of a broken copy of the bundled dataset', () => {
  const siteOrigin = 'https://retenk.no'
  let work: string

  beforeAll(async () => {
    // Inside the site folder: Astro keeps an out-of-tree build's prerender chunks in a shared site/.astro/,
    // where a concurrent build (the rebuild server's real-build test) would overwrite them.
    work = fixtureBuildDir('gates-dataset-')
  })

  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  test('the title and link gates name the pages the faults landed on', async () => {
    const dataset = join(work, 'broken.ndjson')
    const out = join(work, 'dist')
    const breaks = await writeBrokenDataset(datasetFile(), dataset, siteOrigin)
    // A separate output folder: other suites read site/dist while this one runs. A production build, as every
    // `astro build` must be (Vitest's NODE_ENV=test would stop it).
    await promisify(execFile)('npm', ['run', 'build', '-w', 'site'], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DRIVKRAFT_DATASET: dataset,
        DRIVKRAFT_OUT_DIR: out,
        SITE_URL: siteOrigin,
      },
      maxBuffer: 64 * 1024 * 1024,
    })
    const pages = await readAllPages(out)
    const titles = checkUniqueTitles(pages).map((f) => f.page)
    expect(titles).toEqual(
      expect.arrayContaining(breaks.sameTitle.map((slug) => `/prosjekt/${slug}/`)),
    )
    const links = checkLinks(pages, distLinkTargets(out, siteOrigin))
    expect(links.map((f) => [f.page, f.rule])).toContainEqual([
      `/prosjekt/${breaks.deadLinkOn}/`,
      'broken-link',
    ])
  }, 300_000)
})
