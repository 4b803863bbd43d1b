import { parseCliArgs } from '../cli/parseCliArgs'

const HELP = `Usage: npm run validate [-- FILE]

Validates an NDJSON dataset in Sanity's export format against the Drivkraft schemas: every schema rule,
every reference, duplicate ids, drafts and unknown types. Prints one line per problem as
"document id · field path · message" (a malformed line as "file:line · message") and a summary.

  FILE        dataset to check (default: studio/seed/production.ndjson)
  -h, --help  show this help

Exit code: 0 when there are no errors (warnings do not fail), 1 on errors, 2 on bad usage.`

/** Entry point of `npm run validate`. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(
    { args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
    HELP,
  )
  if (typeof parsed === 'number') return parsed
  if (parsed.positionals.length > 1) {
    console.error(`Give at most one dataset file, got ${parsed.positionals.length}.\n\n${HELP}`)
    return 2
  }
  const file = parsed.positionals[0] ?? 'studio/seed/production.ndjson'
  // Loaded only now: compiling the Sanity schema takes seconds, and --help should not wait for it.
  const { formatProblem, formatSummary, validateDatasetFile } = await import('./validateDataset')
  const report = await validateDatasetFile(file)
  for (const problem of report.problems) console.log(formatProblem(problem))
  console.log(formatSummary(report))
  return report.errorCount > 0 ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
