import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'

/** Where content comes from: an NDJSON file evaluated with groq-js, or a Sanity Content Lake. */
export type ContentEnv =
  | { kind: 'dataset'; file: string }
  | { kind: 'contentLake'; projectId: string; dataset: string; token?: string; apiHost?: string }

/** The bundled dataset, relative to the repository root. */
export const BUNDLED_DATASET = join('studio', 'seed', 'production.ndjson')

/** A missing or inconsistent environment variable, named in the message. */
export class EnvError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`)
    this.name = 'EnvError'
  }
}

type Env = Record<string, string | undefined>

/** Empty strings count as unset, so a copied `.env.example` with blank values means "not configured". */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/** Walks up from `cwd` to the folder that holds the bundled dataset (builds run from the root or from `site/`). */
export function findBundledDataset(cwd: string): string {
  let dir = resolve(cwd)
  for (;;) {
    const candidate = join(dir, BUNDLED_DATASET)
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) {
      throw new EnvError(
        'DRIVKRAFT_DATASET',
        `not set, and no ${BUNDLED_DATASET} was found in ${cwd} or any folder above it. ` +
          'Run from the repository or set DRIVKRAFT_DATASET to an NDJSON file.',
      )
    }
    dir = parent
  }
}

/**
 * Reads and checks the content-source variables. Pure (env and cwd are parameters) so tests can cover every
 * combination; `getContentEnv()` is the memoised call the site uses. Token values never appear in messages.
 */
export function readContentEnv(env: Env = process.env, cwd: string = process.cwd()): ContentEnv {
  const datasetFile = read(env, 'DRIVKRAFT_DATASET')
  const projectId = read(env, 'SANITY_PROJECT_ID')
  const dataset = read(env, 'SANITY_DATASET')
  const token = read(env, 'SANITY_API_READ_TOKEN')
  const apiHost = read(env, 'SANITY_API_HOST')

  if (projectId && !dataset) {
    throw new EnvError(
      'SANITY_DATASET',
      'missing: SANITY_PROJECT_ID is set, so set SANITY_DATASET too (e.g. production).',
    )
  }
  if (dataset && !projectId) {
    throw new EnvError(
      'SANITY_PROJECT_ID',
      'missing: SANITY_DATASET is set, so set SANITY_PROJECT_ID too.',
    )
  }
  if (!projectId) {
    if (token) {
      throw new EnvError(
        'SANITY_API_READ_TOKEN',
        'is set, but SANITY_PROJECT_ID and SANITY_DATASET are not.',
      )
    }
    if (apiHost) {
      throw new EnvError(
        'SANITY_API_HOST',
        'is set, but SANITY_PROJECT_ID and SANITY_DATASET are not.',
      )
    }
    if (datasetFile) {
      const file = isAbsolute(datasetFile) ? datasetFile : resolve(cwd, datasetFile)
      if (!existsSync(file)) throw new EnvError('DRIVKRAFT_DATASET', `no such file: ${file}`)
      return { kind: 'dataset', file }
    }
    return { kind: 'dataset', file: findBundledDataset(cwd) }
  }

  if (datasetFile) {
    throw new EnvError(
      'DRIVKRAFT_DATASET',
      'is set together with SANITY_PROJECT_ID: choose one content source (unset one of them).',
    )
  }
  if (!/^[a-z0-9-]+$/.test(projectId)) {
    throw new EnvError('SANITY_PROJECT_ID', 'may only hold a-z, 0-9 and dashes.')
  }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset!)) {
    throw new EnvError('SANITY_DATASET', 'may only hold a-z, 0-9, _ and -, at most 64 characters.')
  }
  if (apiHost && !/^https?:\/\/[^/]+$/.test(apiHost)) {
    throw new EnvError(
      'SANITY_API_HOST',
      'must be an origin such as https://api.sanity.io (no path).',
    )
  }
  return {
    kind: 'contentLake',
    projectId,
    dataset: dataset!,
    ...(token ? { token } : {}),
    ...(apiHost ? { apiHost } : {}),
  }
}

let memo: ContentEnv | undefined

/** The content source configuration of this process, read and checked once. */
export function getContentEnv(): ContentEnv {
  memo ??= readContentEnv()
  return memo
}

/**
 * Optional `DRIVKRAFT_GROQ_TIMINGS`: a file the content module appends one NDJSON line per query to (`{ms,
 * source, query}`), read by `npm run bench`. Unset in normal builds.
 */
export function readGroqTimingsFile(
  env: Env = process.env,
  cwd: string = process.cwd(),
): string | undefined {
  const file = read(env, 'DRIVKRAFT_GROQ_TIMINGS')
  return file && (isAbsolute(file) ? file : resolve(cwd, file))
}
