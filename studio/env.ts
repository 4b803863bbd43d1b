/** Project id used when none is configured, so builds and schema checks work offline. */
export const PLACEHOLDER_PROJECT_ID = 'drivkraft0'

/** Dataset used when none is configured: the bundled one is called production too. */
export const DEFAULT_DATASET = 'production'

/** Where the Studio reads and writes content. */
export interface StudioTarget {
  projectId: string
  dataset: string
  /** True when no project is configured and the placeholder stands in. */
  offline: boolean
}

/** Environment variables the Studio reads; Sanity exposes only the SANITY_STUDIO_ ones to the browser bundle. */
type StudioEnv = Partial<Record<'SANITY_STUDIO_PROJECT_ID' | 'SANITY_STUDIO_DATASET', string>>

/** The Studio's project and dataset from the environment, with an offline placeholder when unset. */
export function studioTarget(env: StudioEnv): StudioTarget {
  const projectId = env.SANITY_STUDIO_PROJECT_ID?.trim()
  const dataset = env.SANITY_STUDIO_DATASET?.trim() || DEFAULT_DATASET
  if (projectId && !/^[a-z0-9-]+$/.test(projectId)) {
    throw new Error(
      `SANITY_STUDIO_PROJECT_ID «${projectId}» er ugyldig / is invalid: bruk bare a–z, 0–9 og bindestrek.`,
    )
  }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) {
    throw new Error(
      `SANITY_STUDIO_DATASET «${dataset}» er ugyldig / is invalid: små bokstaver, sifre, _ og -.`,
    )
  }
  return projectId
    ? { projectId, dataset, offline: false }
    : { projectId: PLACEHOLDER_PROJECT_ID, dataset, offline: true }
}

/** The one message shown when the Studio runs without a project. */
export const OFFLINE_MESSAGE =
  'SANITY_STUDIO_PROJECT_ID er ikke satt: Studio bygges med plassholder-prosjektet og kan ikke lagre innhold. ' +
  '/ SANITY_STUDIO_PROJECT_ID is not set: building with a placeholder project; set it (see .env.example) to edit content.'

/** Set once the warning is printed; an env flag, so CLI worker threads started later stay quiet too. */
const WARNED_FLAG = 'DRIVKRAFT_STUDIO_OFFLINE_WARNED'

/** Reads the target from `process.env` and warns once when it falls back to the placeholder. */
export function resolveStudioTarget(): StudioTarget {
  const target = studioTarget({
    SANITY_STUDIO_PROJECT_ID: process.env.SANITY_STUDIO_PROJECT_ID,
    SANITY_STUDIO_DATASET: process.env.SANITY_STUDIO_DATASET,
  })
  if (target.offline && typeof process !== 'undefined' && !process.env[WARNED_FLAG]) {
    process.env[WARNED_FLAG] = '1'
    console.warn(OFFLINE_MESSAGE)
  }
  return target
}
