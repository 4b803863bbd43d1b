import { afterEach, describe, expect, test, vi } from 'vitest'
import { parseCliArgs } from '../parseCliArgs'

const HELP = 'Usage: npm run example [-- --out FILE] [NAME]'

/** Parses `args` as a CLI with `--out FILE`, `-h/--help` and any positionals would. */
const parse = (args: string[]) =>
  parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    },
    HELP,
  )

describe('parseCliArgs', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  afterEach(() => {
    log.mockClear()
    error.mockClear()
  })

  test('returns the values and positionals it parsed, and prints nothing', () => {
    const parsed = parse(['--out', 'x.ndjson', 'navn'])
    expect(parsed).toMatchObject({ values: { out: 'x.ndjson' }, positionals: ['navn'] })
    expect(log).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })

  test.each([['--help'], ['-h']])('%s prints the usage and asks for exit code 0', (flag) => {
    expect(parse([flag, '--out', 'x'])).toBe(0)
    expect(log).toHaveBeenCalledWith(HELP)
    expect(error).not.toHaveBeenCalled()
  })

  test.each([
    [['--unknown'], "Unknown option '--unknown'"],
    [['--out'], "Option '--out <value>' argument missing"],
  ])('%j says what is wrong, then the usage, and asks for exit code 2', (args, message) => {
    expect(parse(args)).toBe(2)
    const printed = String(error.mock.calls[0]?.[0])
    expect(printed).toContain(message)
    expect(printed.endsWith(`\n\n${HELP}`)).toBe(true)
    expect(log).not.toHaveBeenCalled()
  })
})
