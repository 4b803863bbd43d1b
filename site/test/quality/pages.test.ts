import { beforeAll, describe, expect, test } from 'vitest'
import { distDir } from '../browser/support/dist.ts'
import { gatePaths } from '../browser/support/sitemap.ts'
import { readPages, type SitePage } from './gates/builtSite.ts'
import { formatFindings } from './gates/finding.ts'
import { checkPage } from './gates/pageInvariants.ts'
import {
  checkAccessibilityStatement,
  checkSamiNames,
  checkUniqueTitles,
} from './gates/siteInvariants.ts'
import { siteFacts, type SiteFacts } from './gates/siteFacts.ts'

const dist = distDir()
const paths = await gatePaths(dist)
let pages: Map<string, SitePage>
let facts: SiteFacts

beforeAll(async () => {
  pages = new Map((await readPages(dist, paths)).map((page) => [page.path, page]))
  facts = await siteFacts()
})

describe('every page of the built site', () => {
  test.each(paths)(
    '%s: lang, one h1, skip link, badges, alt, time, links, footer, Sámi names',
    (path) => {
      const { html } = pages.get(path)!
      const findings = [
        ...checkPage(html, path, { statementPath: facts.statementPath }),
        ...checkSamiNames(html, path, facts.samiNames),
      ]
      expect(findings, formatFindings(findings)).toEqual([])
    },
  )

  test('every <title> is unique', () => {
    const findings = checkUniqueTitles([...pages.values()])
    expect(findings, formatFindings(findings)).toEqual([])
  })
})

describe('the accessibility statement', () => {
  test('is a page of the build, listed in the sitemap', () => {
    expect(paths).toContain(facts.statementPath)
  })

  test('names the standard, the date of the last check and how to report a problem', () => {
    const page = pages.get(facts.statementPath)
    const findings = page ? checkAccessibilityStatement(page.html, page.path) : []
    expect(page, `${facts.statementPath} is missing`).toBeDefined()
    expect(findings, formatFindings(findings)).toEqual([])
  })
})
