import { parseArgs } from 'node:util'

/** Parsed `dataset:generate` arguments, or a request for help. */
export type GenerateArgs =
  | { help: true }
  | {
      help: false
      measures: number
      focusAreas: number | undefined
      bigGoal: number | undefined
      seed: number
      out: string
      /** The file `--base` named, or undefined for the bundled dataset (`DEFAULT_BASE`). */
      base: string | undefined
    }

/** Where the municipalities and the programme come from when `--base` is not given. */
export const DEFAULT_BASE = 'studio/seed/production.ndjson'

/** The `--help` text. */
export const USAGE = `Usage: npm run dataset:generate -- --measures N [--focus-areas F] [--big-goal G] [--seed S] --out FILE [--base FILE]

Writes a synthetic NDJSON dataset (Sanity export format, sorted by _id) with N measures and proportionate
goals, focus areas, plans, events, news, people and organisations over the eight real municipalities.
Every generated _id starts with "synthetic." and every title ends with «(syntetisk)».

  --measures N  number of measures (whole number, at least 1)
  --focus-areas F
                number of focus areas instead of one per 25 measures (plans: one per 10 focus areas);
                for list pages at scale without building every measure. Without it, the output for a
                given --measures and --seed never changes
  --big-goal G  put G of the measures under the last goal and spread the others over the other
                goals as usual; for a goal page with more measures than it lists
  --seed S      seed for the pseudo-random generator (default 1); the same seed gives the same file
  --out FILE    where to write the NDJSON file
  --base FILE   dataset to copy the municipalities and programme from
                (default studio/seed/production.ndjson; a minimal built-in set when it is missing)
  --help        show this text`

const wholeNumber = (flag: string, raw: string, min: number): number => {
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < min) {
    throw new Error(`${flag} must be a whole number of at least ${min}, got "${raw}"`)
  }
  return value
}

/** Parses and checks the command line; throws an error that names the bad flag. */
export function parseGenerateArgs(argv: string[]): GenerateArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      measures: { type: 'string' },
      'focus-areas': { type: 'string' },
      'big-goal': { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      base: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) return { help: true }
  if (values.measures === undefined) throw new Error('--measures is required (see --help)')
  if (!values.out) throw new Error('--out is required (see --help)')
  return {
    help: false,
    measures: wholeNumber('--measures', values.measures, 1),
    focusAreas:
      values['focus-areas'] === undefined
        ? undefined
        : wholeNumber('--focus-areas', values['focus-areas'], 1),
    bigGoal:
      values['big-goal'] === undefined
        ? undefined
        : wholeNumber('--big-goal', values['big-goal'], 1),
    seed: wholeNumber('--seed', values.seed, 0),
    out: values.out,
    base: values.base,
  }
}
