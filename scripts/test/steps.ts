/** One step of `npm test`: a command whose exit code is the verdict, or Vitest, whose report is counted per test. */
export interface Step {
  id: string
  title: string
  command: string
  kind: 'check' | 'vitest'
}

/** Where the Vitest JSON report goes; the runner reads its totals from there. */
export const VITEST_REPORT = '.test-results/vitest.json'

/**
 * The README's test command, in order. Checks run first and cheap; the site is built once from the bundled dataset
 * so that build, quality and browser suites read the same `site/dist`.
 */
export const STEPS: Step[] = [
  { id: 'format', title: 'Prettier', command: 'npx prettier --check .', kind: 'check' },
  { id: 'tsc', title: 'tsc --noEmit', command: 'npx tsc --noEmit -p tsconfig.json', kind: 'check' },
  {
    id: 'schema',
    title: 'sanity schema validate',
    command: 'npm run schema:validate -w studio',
    kind: 'check',
  },
  { id: 'typegen', title: 'typegen is current', command: 'npm run typegen:check', kind: 'check' },
  { id: 'dataset', title: 'bundled dataset validates', command: 'npm run validate', kind: 'check' },
  { id: 'astro-check', title: 'astro check', command: 'npm run check -w site', kind: 'check' },
  { id: 'studio-build', title: 'Studio builds', command: 'npm run build -w studio', kind: 'check' },
  { id: 'site-build', title: 'site builds', command: 'npm run build', kind: 'check' },
  {
    id: 'vitest',
    title: 'Vitest',
    command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${VITEST_REPORT}`,
    kind: 'vitest',
  },
]
