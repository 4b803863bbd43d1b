import { parseArgs, type ParseArgsConfig } from 'node:util'

/** What `parseArgs` makes of a given configuration. */
export type ParsedCliArgs<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>

/** A `parseArgs` configuration with the `--help` flag every CLI has. */
type WithHelp = ParseArgsConfig & { options: { help: { type: 'boolean' } } }

/**
 * The shared start of every CLI: parses its arguments with `node:util`'s `parseArgs` (the configuration declares
 * `help: { type: 'boolean', short: 'h' }`) and answers what needs no work. `--help` prints the usage and
 * gives exit code 0; an unknown option, a missing value or a stray argument prints what is wrong followed by the
 * usage on stderr and gives 2. Anything else comes back parsed. Runs on Node's own TypeScript support too
 * (`npm run search-index`).
 */
export function parseCliArgs<T extends WithHelp>(
  config: T,
  help: string,
): ParsedCliArgs<T> | number {
  let parsed: ParsedCliArgs<T>
  try {
    parsed = parseArgs(config)
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`)
    return 2
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    console.log(help)
    return 0
  }
  return parsed
}
