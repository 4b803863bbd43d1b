import { getContentEnv } from '../env'
import type { ImageProject } from './imageSources'

/** The Sanity project that serves images, when the site is built from a Content Lake; the bundled dataset has none. */
export function imageProject(): ImageProject | undefined {
  const env = getContentEnv()
  return env.kind === 'contentLake' ? { projectId: env.projectId, dataset: env.dataset } : undefined
}
