import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { builtSiteContent } from './builtSite'

const fixture = resolve(import.meta.dirname, '../content/fixtures/content.ndjson')
const bundled = resolve(import.meta.dirname, '../../../studio/seed/production.ndjson')

/** The `_id`s of the events in an NDJSON dataset, in file order. */
const eventIds = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { _id: string; _type: string })
    .filter((doc) => doc._type === 'event')
    .map((doc) => doc._id)
    .sort()

const eventsOf = async (env: Record<string, string>) =>
  (await builtSiteContent(env).getEvents()).map((event) => event._id).sort()

describe('builtSiteContent: the content a build under test is compared with', () => {
  test('without variables, the bundled dataset, as for the build npm test makes', async () => {
    expect(await eventsOf({})).toEqual(eventIds(bundled))
  })

  test('with DRIVKRAFT_DIST, the dataset DRIVKRAFT_DATASET names', async () => {
    const env = { DRIVKRAFT_DIST: '/elsewhere/dist', DRIVKRAFT_DATASET: fixture }
    expect(await eventsOf(env)).toEqual(eventIds(fixture))
  })

  test.each([
    ['unset', {}],
    ['blank', { DRIVKRAFT_DATASET: ' ' }],
  ])(
    'with DRIVKRAFT_DIST and DRIVKRAFT_DATASET %s, an error that names the variable',
    (_case, dataset) => {
      expect(() => builtSiteContent({ DRIVKRAFT_DIST: '/elsewhere/dist', ...dataset })).toThrow(
        /^DRIVKRAFT_DATASET: not set, but DRIVKRAFT_DIST is\. .*\/elsewhere\/dist/,
      )
    },
  )
})
