import { describe, expect, test } from 'vitest'
import { distDir } from '../browser/support/dist.ts'
import { gatePaths } from '../browser/support/sitemap.ts'
import { readPages } from './gates/builtSite.ts'
import { formatFindings } from './gates/finding.ts'
import {
  htmlValidateConfig,
  htmlValidateElementReasons,
  htmlValidateOffReasons,
  validateHtml,
} from './gates/htmlValidate.ts'

const dist = distDir()
const paths = await gatePaths(dist)

describe('html-validate', () => {
  test('the configuration extends the recommended preset and gives a reason for every rule it turns off', () => {
    const config = htmlValidateConfig()
    expect(config.extends).toContain('html-validate:recommended')
    const off = Object.entries(config.rules ?? {})
      .filter(
        ([, setting]) =>
          setting === 'off' || setting === 0 || (Array.isArray(setting) && setting[0] === 'off'),
      )
      .map(([rule]) => rule)
      .sort()
    expect(off).toEqual(Object.keys(htmlValidateOffReasons).sort())
    const overridden = (config.elements ?? [])
      .filter((entry) => typeof entry === 'object')
      .flatMap((entry) => Object.keys(entry))
      .sort()
    expect(overridden).toEqual(Object.keys(htmlValidateElementReasons).sort())
  })

  test.each(paths)('%s has no errors', async (path) => {
    const [page] = await readPages(dist, [path])
    const findings = await validateHtml(page!.html, path)
    expect(findings, formatFindings(findings)).toEqual([])
  })
})
