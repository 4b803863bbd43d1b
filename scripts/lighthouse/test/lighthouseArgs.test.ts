import { describe, expect, test } from 'vitest'
import { parseLighthouseArgs } from '../lighthouseArgs.ts'

describe('parseLighthouseArgs', () => {
  test('defaults: site/dist, bench-results, pages from the sitemap, mobile', () => {
    expect(parseLighthouseArgs([])).toEqual({
      help: false,
      dist: 'site/dist',
      outDir: 'bench-results',
      paths: [],
      formFactor: 'mobile',
    })
  })

  test.each([
    [['--dist', '/tmp/d'], { dist: '/tmp/d' }],
    [['--out', 'out'], { outDir: 'out' }],
    [['--paths', '/, /tiltak/'], { paths: ['/', '/tiltak/'] }],
    [['--desktop'], { formFactor: 'desktop' }],
    [['--help'], { help: true }],
  ])('%j', (argv, expected) => {
    expect(parseLighthouseArgs(argv)).toMatchObject(expected)
  })

  test.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--dist'], '--dist needs a value'],
    [['--paths', 'tiltak/'], 'must start with /'],
  ])('%j fails: %s', (argv, message) => {
    expect(() => parseLighthouseArgs(argv)).toThrow(message)
  })
})
