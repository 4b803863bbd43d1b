import { describe, expect, test } from 'vitest'
import { CONFIG_DEFAULTS, readConfig, readReleasesDir, readServePort } from '../config.ts'

const cwd = '/srv/drivkraft'
const secret = { SANITY_WEBHOOK_SECRET: 'a-secret' }

describe('readConfig', () => {
  test('applies the documented defaults and resolves paths from the working directory', () => {
    expect(readConfig(secret, cwd)).toEqual({
      ok: true,
      config: {
        secret: 'a-secret',
        host: '127.0.0.1',
        port: 4322,
        command: 'npm run build',
        output: '/srv/drivkraft/site/dist',
        releasesDir: '/srv/drivkraft/.releases',
        keepReleases: 5,
        buildTimeoutMs: CONFIG_DEFAULTS.buildTimeoutMs,
      },
    })
  })

  test('reads every variable', () => {
    const result = readConfig(
      {
        ...secret,
        HOST: '0.0.0.0',
        PORT: '8080',
        REBUILD_COMMAND: 'make site',
        REBUILD_OUTPUT: 'out',
        RELEASES_DIR: '/var/lib/releases',
        KEEP_RELEASES: '3',
        BUILD_TIMEOUT_MS: '60000',
      },
      cwd,
    )
    expect(result).toMatchObject({
      ok: true,
      config: {
        host: '0.0.0.0',
        port: 8080,
        command: 'make site',
        output: '/srv/drivkraft/out',
        releasesDir: '/var/lib/releases',
        keepReleases: 3,
        buildTimeoutMs: 60_000,
      },
    })
  })

  // `.env.example` ships these lines blank: `cp .env.example .env` must start the server with the defaults.
  test.each([
    ['empty', ''],
    ['whitespace-only', ' \t '],
  ])('treats %s values as unset and applies the defaults', (_name, blank) => {
    const env = {
      ...secret,
      HOST: blank,
      PORT: blank,
      REBUILD_COMMAND: blank,
      REBUILD_OUTPUT: blank,
      RELEASES_DIR: blank,
      KEEP_RELEASES: blank,
      BUILD_TIMEOUT_MS: blank,
    }
    expect(readConfig(env, cwd)).toEqual(readConfig(secret, cwd))
    expect(readConfig(env, cwd).ok).toBe(true)
  })

  test('trims the whitespace around a value', () => {
    expect(
      readConfig({ ...secret, HOST: ' 0.0.0.0 ', PORT: ' 8080 ', RELEASES_DIR: ' r ' }, cwd),
    ).toMatchObject({
      ok: true,
      config: { host: '0.0.0.0', port: 8080, releasesDir: '/srv/drivkraft/r' },
    })
  })

  test.each([
    ['a missing secret', {}, /SANITY_WEBHOOK_SECRET is required/],
    ['a blank secret', { SANITY_WEBHOOK_SECRET: '  ' }, /SANITY_WEBHOOK_SECRET is required/],
    [
      'a port that is not a number',
      { ...secret, PORT: 'http' },
      /PORT="http" is not a whole number/,
    ],
    ['a port out of range', { ...secret, PORT: '70000' }, /PORT=70000 is out of range/],
    ['a negative KEEP_RELEASES', { ...secret, KEEP_RELEASES: '-1' }, /KEEP_RELEASES="-1"/],
    ['KEEP_RELEASES of 0', { ...secret, KEEP_RELEASES: '0' }, /KEEP_RELEASES=0 is out of range/],
    ['a fractional timeout', { ...secret, BUILD_TIMEOUT_MS: '1.5' }, /BUILD_TIMEOUT_MS="1.5"/],
    [
      'a PORT of spaces and letters',
      { ...secret, PORT: ' 80a ' },
      /PORT="80a" is not a whole number/,
    ],
    [
      'the output folder as releases folder',
      { ...secret, REBUILD_OUTPUT: 'x', RELEASES_DIR: 'x' },
      /REBUILD_OUTPUT and RELEASES_DIR are the same folder/,
    ],
  ])('rejects %s with one message naming it', (_name, env, message) => {
    const result = readConfig(env, cwd)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(message)
  })

  test('reports every bad value at once', () => {
    const result = readConfig({ PORT: 'x', KEEP_RELEASES: 'y' }, cwd)
    expect(result.ok ? [] : result.errors).toHaveLength(3)
  })
})

describe('readReleasesDir and readServePort', () => {
  test.each([
    [{}, '/srv/drivkraft/.releases'],
    [{ RELEASES_DIR: 'r' }, '/srv/drivkraft/r'],
    [{ RELEASES_DIR: '' }, '/srv/drivkraft/.releases'],
    [{ RELEASES_DIR: '  ' }, '/srv/drivkraft/.releases'],
  ])('resolves RELEASES_DIR %j without needing a secret', (env, expected) => {
    expect(readReleasesDir(env, cwd)).toBe(expected)
  })

  test.each([
    [{}, { ok: true, port: 4321 }],
    [{ SERVE_PORT: '8000' }, { ok: true, port: 8000 }],
    [{ SERVE_PORT: '' }, { ok: true, port: 4321 }],
    [{ SERVE_PORT: ' ' }, { ok: true, port: 4321 }],
    [
      { SERVE_PORT: 'eight' },
      { ok: false, error: 'SERVE_PORT="eight" is not a whole number (expected 0–65535).' },
    ],
  ])('reads SERVE_PORT from %j', (env, expected) => {
    expect(readServePort(env)).toEqual(expected)
  })
})
