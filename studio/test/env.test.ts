import { describe, expect, test } from 'vitest'
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID, studioTarget } from '../env'

describe('studioTarget', () => {
  test.each([
    [{}, { projectId: PLACEHOLDER_PROJECT_ID, dataset: DEFAULT_DATASET, offline: true }],
    [
      { SANITY_STUDIO_PROJECT_ID: '  ' },
      { projectId: PLACEHOLDER_PROJECT_ID, dataset: DEFAULT_DATASET, offline: true },
    ],
    [
      { SANITY_STUDIO_PROJECT_ID: 'abc123' },
      { projectId: 'abc123', dataset: DEFAULT_DATASET, offline: false },
    ],
    [
      { SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_DATASET: 'staging' },
      { projectId: 'abc123', dataset: 'staging', offline: false },
    ],
  ])('%j → %j', (env, target) => expect(studioTarget(env)).toEqual(target))

  test.each([
    [{ SANITY_STUDIO_PROJECT_ID: 'Mitt prosjekt' }, /SANITY_STUDIO_PROJECT_ID «Mitt prosjekt»/],
    [{ SANITY_STUDIO_DATASET: 'Produksjon!' }, /SANITY_STUDIO_DATASET «Produksjon!»/],
  ])('%j is rejected by name', (env, message) => expect(() => studioTarget(env)).toThrow(message))
})
