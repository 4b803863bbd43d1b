import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { evaluate, parse } from 'groq-js'
import { describe, expect, test } from 'vitest'
import { documentTypes, singletonTypes } from '../../../schemas/index.ts'

const root = join(import.meta.dirname, '../../..')
const siteTypes = [...singletonTypes, ...documentTypes].map((type) => type.name)

interface Definition {
  httpMethod: string
  includeDrafts: boolean
  includeAllVersions: boolean
  headers: Record<string, string>
  rule: { on: string[]; filter: string; projection: string }
  secret: string | null
}

const definitions = ['rebuild-server.json', 'github-dispatch.json'] as const
const read = async (file: string) =>
  JSON.parse(await readFile(join(root, 'docs/webhooks', file), 'utf8')) as Definition

/** Evaluates a webhook's delta-GROQ the way Sanity does for one change of `doc`. */
async function run(query: string, doc: Record<string, unknown>) {
  const tree = parse(query, { mode: 'delta' })
  // groq-js types `before`/`after` loosely; a webhook evaluates against the changed document.
  return (await evaluate(tree, { root: doc, before: doc, after: doc } as never)).get()
}

describe.each(definitions)('docs/webhooks/%s', (file) => {
  test('fires on create, update and delete of published documents only, by POST', async () => {
    const definition = await read(file)
    expect(definition.httpMethod).toBe('POST')
    expect(definition.includeDrafts).toBe(false)
    expect(definition.includeAllVersions).toBe(false)
    expect(definition.rule.on).toEqual(['create', 'update', 'delete'])
  })

  test('the filter names exactly the document types the site shows', async () => {
    const { filter } = (await read(file)).rule
    const named = [...(/_type in \[([^\]]*)\]/.exec(filter)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map(
      (match) => match[1],
    )
    expect(named.sort()).toEqual([...siteTypes].sort())
  })

  test.each<[string, { _id: string; _type: string }, boolean]>([
    ...siteTypes.map((type): [string, { _id: string; _type: string }, boolean] => [
      `published ${type}`,
      { _id: `${type}-1`, _type: type },
      true,
    ]),
    ['a draft', { _id: 'drafts.measure-1', _type: 'measure' }, false],
    ['a release version', { _id: 'versions.r1.measure-1', _type: 'measure' }, false],
    ['an image asset', { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' }, false],
  ])('the filter is %s → %s', async (_name, doc, expected) => {
    expect(await run((await read(file)).rule.filter, doc)).toBe(expected)
  })
})

describe('payloads', () => {
  test('the GitHub payload is a repository_dispatch that publish.yml listens for', async () => {
    const definition = await read('github-dispatch.json')
    const body = await run(definition.rule.projection, { _id: 'measure-1', _type: 'measure' })
    expect(body).toEqual({
      event_type: 'sanity-publish',
      client_payload: { _id: 'measure-1', _type: 'measure', operation: 'update' },
    })
    expect(definition.headers.Authorization).toMatch(/^Bearer </)
    const workflow = await readFile(join(root, '.github/workflows/publish.yml'), 'utf8')
    expect(workflow).toMatch(/repository_dispatch:\s+types: \[sanity-publish\]/)
    expect(workflow).toMatch(/concurrency:\s+group: publish\s+cancel-in-progress: false/)
  })

  test('the rebuild-server payload is a small JSON object and the definition carries a secret', async () => {
    const definition = await read('rebuild-server.json')
    const body = await run(definition.rule.projection, { _id: 'page-1', _type: 'page' })
    expect(body).toEqual({ _id: 'page-1', _type: 'page', operation: 'update' })
    expect(definition.secret).toMatch(/SANITY_WEBHOOK_SECRET/)
  })
})
