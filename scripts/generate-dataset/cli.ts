import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { loadBaseDocuments } from './baseDocuments.ts'
import { DEFAULT_BASE, USAGE, parseGenerateArgs } from './cliArgs.ts'
import { generateDataset, toNdjson } from './generateDataset.ts'

try {
  const args = parseGenerateArgs(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
  } else {
    const out = resolve(process.cwd(), args.out)
    // A file named with --base must exist; only the default may fall back to the content model's own base.
    const base = loadBaseDocuments(resolve(process.cwd(), args.base ?? DEFAULT_BASE), {
      required: args.base !== undefined,
    })
    const documents = generateDataset({
      measures: args.measures,
      focusAreas: args.focusAreas,
      bigGoal: args.bigGoal,
      seed: args.seed,
      base,
    })
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, toNdjson(documents))
    console.log(
      `Wrote ${documents.length} documents (${args.measures} measures${args.focusAreas ? `, ${args.focusAreas} focus areas` : ''}${args.bigGoal ? `, ${args.bigGoal} under the last goal` : ''}, seed ${args.seed}) to ${out}`,
    )
  }
} catch (error) {
  console.error(`dataset:generate: ${(error as Error).message}`)
  process.exitCode = 1
}
