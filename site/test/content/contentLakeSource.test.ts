import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { API_VERSION, createContentLakeSource } from '../../src/lib/content/contentLakeSource'
import { createContent } from '../../src/lib/content/createContent'
import { createLocalSource } from '../../src/lib/content/localSource'
import { startContentLakeStandIn, type ContentLakeStandIn } from '../support/contentLakeStandIn'
import { everyGetter } from './everyGetter'

const FIXTURE = join(import.meta.dirname, 'fixtures', 'content.ndjson')
const BUNDLED = join(import.meta.dirname, '..', '..', '..', 'studio', 'seed', 'production.ndjson')
const PROJECT = 'standin1'
const DATASET = 'production'

describe.each([
  ['the fixture', FIXTURE],
  // The bundled dataset is the one the site ships; it is required once the dataset issue has landed.
  ['the bundled dataset', BUNDLED],
])(
  'every getter is equal from groq-js and from the Content Lake client over %s',
  (_name, file) => {
    let standIn: ContentLakeStandIn
    beforeAll(async () => {
      standIn = await startContentLakeStandIn({ file, dataset: DATASET })
    })
    afterAll(() => standIn?.close())

    test('deep-equal results for every getter', async () => {
      const local = await everyGetter(createContent(createLocalSource(file)))
      const online = await everyGetter(
        createContent(
          createContentLakeSource({
            projectId: PROJECT,
            dataset: DATASET,
            apiHost: standIn.apiHost,
          }),
        ),
      )
      expect(Object.keys(online)).toHaveLength(16)
      expect(online).toEqual(local)
      // one request per collection, on the pinned API version, published perspective, no CDN
      expect(standIn.requests).toHaveLength(11)
      for (const request of standIn.requests) {
        expect(request.method).toBe('GET')
        expect(request.url).toMatch(new RegExp(`^/v${API_VERSION}/data/query/${DATASET}\\?`))
        expect(new URL(request.url, standIn.apiHost).searchParams.get('perspective')).toBe(
          'published',
        )
        expect(request.headers['x-sanity-project-id']).toBe(PROJECT)
        expect(request.headers.authorization).toBeUndefined()
      }
    })
  },
  120_000,
)

describe('the Content Lake source', () => {
  const token = `sk-test-${randomBytes(12).toString('hex')}`
  let standIn: ContentLakeStandIn
  const logged: string[] = []
  beforeAll(async () => {
    standIn = await startContentLakeStandIn({ file: FIXTURE, dataset: DATASET, token })
  })
  afterAll(() => standIn?.close())
  afterEach(() => vi.restoreAllMocks())

  /** A Content Lake source pointed at the stand-in, with the right token unless `auth` says otherwise. */
  const lake = (auth: { token?: string } = { token }) =>
    createContentLakeSource({
      projectId: PROJECT,
      dataset: DATASET,
      apiHost: standIn.apiHost,
      ...auth,
    })

  /** Captures everything written to the console while `run` runs. */
  async function capturingConsole<T>(run: () => Promise<T>): Promise<T> {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args
            .map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg)))
            .join(' '),
        )
      })
    }
    return run()
  }

  test('sends the token as a bearer header and never puts it in results or logs', async () => {
    standIn.requests.length = 0
    const source = lake()
    const results = await capturingConsole(() => everyGetter(createContent(source)))
    expect(standIn.requests.length).toBeGreaterThan(0)
    for (const request of standIn.requests)
      expect(request.headers.authorization).toBe(`Bearer ${token}`)
    expect(JSON.stringify(results)).not.toContain(token)
    expect(logged.join('\n')).not.toContain(token)
  })

  test.each([
    ['a wrong token', { token: `${token}-wrong` }, /HTTP 401/],
    ['no token', {}, /HTTP 401/],
  ])('with %s the error names the status and holds no token', async (_name, auth, expected) => {
    const source = lake(auth)
    const error = await capturingConsole(() =>
      source.fetch('count(*)').then(
        () => new Error('expected a rejection'),
        (e: unknown) => e as Error,
      ),
    )
    expect(error.message).toMatch(expected)
    const everything = `${error.message}\n${error.stack}\n${JSON.stringify(error)}\n${String(error.cause)}`
    expect(everything).not.toContain(token)
    expect(logged.join('\n')).not.toContain(token)
  })

  test('a query too long for a GET goes as POST with the same answer', async () => {
    standIn.requests.length = 0
    const source = lake()
    const long = 'x'.repeat(12_000)
    const result = await source.fetch<{ length: number; title: string }>(
      '{"length": length($long), "title": *[_id == $id][0].title}',
      { long, id: 'measure.m1' },
    )
    expect(result).toEqual({ length: 12_000, title: 'Tiltak en' })
    expect(standIn.requests.map((r) => r.method)).toEqual(['POST'])
    expect(standIn.requests[0]!.headers.authorization).toBe(`Bearer ${token}`)
  })

  test('parameters survive the GET encoding', async () => {
    const source = lake()
    const local = createLocalSource(FIXTURE)
    const query =
      '*[_type == $type && slug.current in $slugs]{_id, "focus": goal->focusArea->title} | order(_id asc)'
    const params = { type: 'measure', slugs: ['tiltak-en', 'tiltak-fem', 'finnes-ikke'] }
    expect(await source.fetch(query, params)).toEqual(await local.fetch(query, params))
  })
})

test('the bundled dataset exists (the equivalence suite above runs over it)', () => {
  expect(existsSync(BUNDLED)).toBe(true)
})
