import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import {
  exportCommand,
  importCommand,
  resolveSanityTarget,
  sanityCliEnv,
  SanityTargetError,
} from '../sanityTarget'

describe('resolveSanityTarget', () => {
  test.each([
    [
      { SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_DATASET: 'production' },
      { projectId: 'abc123', dataset: 'production' },
    ],
    [
      { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'staging' },
      { projectId: 'abc123', dataset: 'staging' },
    ],
    [
      {
        SANITY_STUDIO_PROJECT_ID: 'studio1',
        SANITY_PROJECT_ID: 'site1',
        SANITY_STUDIO_DATASET: 'a',
        SANITY_DATASET: 'b',
      },
      { projectId: 'studio1', dataset: 'a' },
    ],
  ])('reads %j', (env, expected) => {
    expect(resolveSanityTarget(env)).toEqual(expected)
  })

  test.each([
    [
      {},
      /set SANITY_STUDIO_PROJECT_ID \(or SANITY_PROJECT_ID\) and SANITY_STUDIO_DATASET \(or SANITY_DATASET\)/,
    ],
    [{ SANITY_PROJECT_ID: 'abc123' }, /set SANITY_STUDIO_DATASET \(or SANITY_DATASET\) in/],
    [
      { SANITY_STUDIO_DATASET: 'production', SANITY_PROJECT_ID: '  ' },
      /set SANITY_STUDIO_PROJECT_ID \(or SANITY_PROJECT_ID\) in/,
    ],
    [
      { SANITY_PROJECT_ID: 'Not Valid', SANITY_DATASET: 'production' },
      /project id "Not Valid" is not valid/,
    ],
    [{ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'Prod!' }, /dataset name "Prod!" is not valid/],
  ])('refuses %j', (env, message) => {
    expect(() => resolveSanityTarget(env)).toThrow(SanityTargetError)
    expect(() => resolveSanityTarget(env)).toThrow(message)
  })
})

test('the Sanity CLI commands name the file, dataset and project', () => {
  const target = { projectId: 'abc123', dataset: 'production' }
  expect(importCommand(target, '/repo/studio/seed/production.ndjson')).toEqual([
    'sanity',
    'dataset',
    'import',
    '/repo/studio/seed/production.ndjson',
    '--dataset',
    'production',
    '--project-id',
    'abc123',
    '--replace',
  ])
  expect(exportCommand(target, '/tmp/x.tar.gz')).toEqual([
    'sanity',
    'dataset',
    'export',
    'production',
    '/tmp/x.tar.gz',
    '--project-id',
    'abc123',
    '--no-drafts',
    '--no-assets',
    '--overwrite',
  ])
})

test('the Sanity CLI sees the same project and dataset through the Studio variables', () => {
  const env = sanityCliEnv(
    { projectId: 'abc123', dataset: 'staging' },
    { PATH: '/bin', SANITY_STUDIO_DATASET: 'old' },
  )
  expect(env).toEqual({
    PATH: '/bin',
    SANITY_STUDIO_PROJECT_ID: 'abc123',
    SANITY_STUDIO_DATASET: 'staging',
  })
})

describe.each(['import', 'export'])('npm run seed:%s without a configured project', (script) => {
  test('refuses with a clear message, exit code 1, and never calls the Sanity CLI', () => {
    const env = { ...process.env }
    for (const name of [
      'SANITY_STUDIO_PROJECT_ID',
      'SANITY_STUDIO_DATASET',
      'SANITY_PROJECT_ID',
      'SANITY_DATASET',
    ])
      delete env[name]
    const run = spawnSync('npx', ['tsx', `scripts/seed/${script}.ts`], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env,
    })
    expect(run.stderr).toContain('No Sanity project is configured: set SANITY_STUDIO_PROJECT_ID')
    expect(run.stdout).not.toContain('Importing')
    expect(run.status).toBe(1)
  })
})
