import { describe, expect, test } from 'vitest'
import { parseBenchArgs } from '../benchArgs.ts'

describe('parseBenchArgs', () => {
  test('defaults to the four sizes of the issue, three repeats and all targets', () => {
    expect(parseBenchArgs([])).toEqual({
      help: false,
      sizes: [1000, 5000, 10000, 20000],
      repeats: 3,
      seed: 1,
      concurrency: [4],
      targets: ['ours', 'astro-md', 'hugo'],
      searchIndex: 'during',
      outDir: 'bench-results',
    })
  })

  test('reads sizes (sorted, unique), repeats, concurrency and targets', () => {
    expect(
      parseBenchArgs([
        '--sizes',
        '1000,500,500',
        '--repeats',
        '1',
        '--concurrency',
        '1,2',
        '--targets',
        'ours,astro-md',
        '--search-index',
        'after',
      ]),
    ).toMatchObject({
      searchIndex: 'after',
      sizes: [500, 1000],
      repeats: 1,
      concurrency: [1, 2],
      targets: ['ours', 'astro-md'],
    })
  })

  test.each([
    [['--sizes', '10,abc'], /--sizes takes whole numbers/],
    [['--repeats', '0'], /--repeats takes whole numbers/],
    [['--targets', 'hugo'], /--targets must include ours/],
    [['--targets', 'ours,gatsby'], /--targets must include ours/],
    [['--seed', '1.5'], /--seed must be a whole number/],
    [['--search-index', 'later'], /--search-index is "later": use "during"/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message)
  })

  test('--help asks for the usage', () => {
    expect(parseBenchArgs(['--help'])).toEqual({ help: true })
  })
})
