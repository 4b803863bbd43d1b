import { resolve } from 'node:path'

/** The Sanity project and dataset the seed scripts talk to. */
export interface SanityTarget {
  projectId: string
  dataset: string
}

/** Thrown when the environment names no usable Sanity project; the message says which variable to set. */
export class SanityTargetError extends Error {
  override name = 'SanityTargetError'
}

const PROJECT_VARIABLES = ['SANITY_STUDIO_PROJECT_ID', 'SANITY_PROJECT_ID'] as const
const DATASET_VARIABLES = ['SANITY_STUDIO_DATASET', 'SANITY_DATASET'] as const

/** The bundled dataset, relative to the repository root (the working directory of `npm run`). */
export const BUNDLED_DATASET = 'studio/seed/production.ndjson'

/** Studio's folder: the Sanity CLI runs there so that it finds `sanity.cli.ts`. */
export function studioDir(root = process.cwd()): string {
  return resolve(root, 'studio')
}

function firstSet(env: NodeJS.ProcessEnv, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim()
    if (value) return value
  }
  return undefined
}

/**
 * Project and dataset from SANITY_STUDIO_PROJECT_ID/SANITY_STUDIO_DATASET, falling back to
 * SANITY_PROJECT_ID/SANITY_DATASET. Anything missing or malformed is a SanityTargetError naming the variable.
 */
export function resolveSanityTarget(env: NodeJS.ProcessEnv = process.env): SanityTarget {
  const projectId = firstSet(env, PROJECT_VARIABLES)
  const dataset = firstSet(env, DATASET_VARIABLES)
  const missing = [
    projectId ? undefined : PROJECT_VARIABLES.join(' (or ') + ')',
    dataset ? undefined : DATASET_VARIABLES.join(' (or ') + ')',
  ].filter(Boolean)
  if (missing.length > 0) {
    throw new SanityTargetError(
      `No Sanity project is configured: set ${missing.join(' and ')} in the environment. ` +
        'Nothing was imported or exported.',
    )
  }
  if (!/^[a-z0-9-]+$/.test(projectId!)) {
    throw new SanityTargetError(
      `The project id "${projectId}" is not valid: a Sanity project id has only lower-case letters, digits and hyphens.`,
    )
  }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset!)) {
    throw new SanityTargetError(
      `The dataset name "${dataset}" is not valid: use lower-case letters, digits, "_" and "-" (at most 64 characters).`,
    )
  }
  return { projectId: projectId!, dataset: dataset! }
}

/** Arguments to `npx` for `sanity dataset import FILE --dataset DATASET --replace` into the configured project. */
export function importCommand(target: SanityTarget, file: string): string[] {
  return [
    'sanity',
    'dataset',
    'import',
    file,
    '--dataset',
    target.dataset,
    '--project-id',
    target.projectId,
    '--replace',
  ]
}

/** Arguments to `npx` for `sanity dataset export` of published documents without assets into `archive`. */
export function exportCommand(target: SanityTarget, archive: string): string[] {
  return [
    'sanity',
    'dataset',
    'export',
    target.dataset,
    archive,
    '--project-id',
    target.projectId,
    '--no-drafts',
    '--no-assets',
    '--overwrite',
  ]
}

/** Environment for the Sanity CLI: Studio's config (sanity.cli.ts) reads the same project and dataset. */
export function sanityCliEnv(
  target: SanityTarget,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return {
    ...env,
    SANITY_STUDIO_PROJECT_ID: target.projectId,
    SANITY_STUDIO_DATASET: target.dataset,
  }
}
