import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { EnvError, readContentEnv, readGroqTimingsFile } from '../../src/lib/env'

/** A throwaway repository layout: <root>/studio/seed/production.ndjson and <root>/site. */
function fakeRepo(): { root: string; site: string; bundled: string } {
  const root = mkdtempSync(join(tmpdir(), 'drivkraft-env-'))
  mkdirSync(join(root, 'studio', 'seed'), { recursive: true })
  mkdirSync(join(root, 'site'))
  const bundled = join(root, 'studio', 'seed', 'production.ndjson')
  writeFileSync(bundled, '')
  return { root, site: join(root, 'site'), bundled }
}

describe('readContentEnv', () => {
  const repo = fakeRepo()

  test.each([repo.root, repo.site])('finds the bundled dataset walking up from %s', (cwd) => {
    expect(readContentEnv({}, cwd)).toEqual({ kind: 'dataset', file: repo.bundled })
  })

  test('treats blank values as unset (a copied .env.example)', () => {
    const blank = { SANITY_PROJECT_ID: '', SANITY_DATASET: ' ', SANITY_API_READ_TOKEN: '' }
    expect(readContentEnv(blank, repo.root)).toEqual({ kind: 'dataset', file: repo.bundled })
  })

  test('resolves DRIVKRAFT_DATASET against the working directory', () => {
    writeFileSync(join(repo.site, 'other.ndjson'), '')
    expect(readContentEnv({ DRIVKRAFT_DATASET: 'other.ndjson' }, repo.site)).toEqual({
      kind: 'dataset',
      file: join(repo.site, 'other.ndjson'),
    })
  })

  test('builds the Content Lake configuration with token and host', () => {
    const env = {
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'production',
      SANITY_API_READ_TOKEN: 'sk-secret',
      SANITY_API_HOST: 'http://127.0.0.1:9999',
    }
    expect(readContentEnv(env, repo.root)).toEqual({
      kind: 'contentLake',
      projectId: 'abc123',
      dataset: 'production',
      token: 'sk-secret',
      apiHost: 'http://127.0.0.1:9999',
    })
  })

  test.each([
    [{ SANITY_PROJECT_ID: 'abc123' }, 'SANITY_DATASET'],
    [{ SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID'],
    [{ SANITY_API_READ_TOKEN: 'sk-secret' }, 'SANITY_API_READ_TOKEN'],
    [{ SANITY_API_HOST: 'http://127.0.0.1:1' }, 'SANITY_API_HOST'],
    [{ DRIVKRAFT_DATASET: 'missing.ndjson' }, 'DRIVKRAFT_DATASET'],
    [
      { DRIVKRAFT_DATASET: 'x.ndjson', SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production' },
      'DRIVKRAFT_DATASET',
    ],
    [{ SANITY_PROJECT_ID: 'Not Valid', SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID'],
    [{ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'Prod/1' }, 'SANITY_DATASET'],
    [
      { SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_API_HOST: 'ftp://x/y' },
      'SANITY_API_HOST',
    ],
  ])('%o is refused naming %s', (env, variable) => {
    const run = () => readContentEnv(env, repo.root)
    expect(run).toThrow(EnvError)
    expect(run).toThrow(new RegExp(`^${variable}: `))
  })

  test('a token without a project is named, its value is not', () => {
    expect(() => readContentEnv({ SANITY_API_READ_TOKEN: 'sk-very-secret' }, repo.root)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-very-secret') }),
    )
  })

  test('outside a repository the missing dataset is named', () => {
    const empty = mkdtempSync(join(tmpdir(), 'drivkraft-norepo-'))
    expect(() => readContentEnv({}, empty)).toThrow(/^DRIVKRAFT_DATASET: not set/)
  })
})

describe('readGroqTimingsFile', () => {
  test.each([
    [{}, undefined],
    [{ DRIVKRAFT_GROQ_TIMINGS: ' ' }, undefined],
    [{ DRIVKRAFT_GROQ_TIMINGS: '/abs/t.ndjson' }, '/abs/t.ndjson'],
    [{ DRIVKRAFT_GROQ_TIMINGS: 'rel/t.ndjson' }, '/work/rel/t.ndjson'],
  ])('%o gives %s', (env, expected) => {
    expect(readGroqTimingsFile(env, '/work')).toBe(expected)
  })
})
