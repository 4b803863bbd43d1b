import { evaluate, parse } from 'groq-js'
import type { ReferenceFilterResolverContext, SanityDocument } from 'sanity'
import { describe, expect, test, vi } from 'vitest'
import { event } from '../documents/event'
import { measure } from '../documents/measure'
import { newsItem } from '../documents/newsItem'
import { progressEntry } from '../objects/progressEntry'
import * as fixtures from './fixtures/documents'
import { schema } from './fixtures/validate'

/** A field's compiled schema type, found by type name and field path. */
function fieldType(typeName: string, path: string[]): Record<string, any> {
  let type = schema.get(typeName) as Record<string, any> | undefined
  for (const name of path) {
    type = type?.fields?.find((field: { name: string }) => field.name === name)?.type
  }
  if (!type) throw new Error(`${typeName}.${path.join('.')} not found`)
  return type
}

/**
 * The ids a reference field's picker offers while `document` is open, as the Content Lake would answer its
 * filter over `dataset`.
 */
async function offered(
  typeName: string,
  path: string[],
  document: SanityDocument,
  dataset: SanityDocument[],
): Promise<string[]> {
  const type = fieldType(typeName, path)
  const options = type.options ?? {}
  const resolved =
    typeof options.filter === 'function'
      ? await options.filter({
          document,
          parentPath: [],
        } as unknown as ReferenceFilterResolverContext)
      : { filter: options.filter, params: options.filterParams }
  const types = (type.to as { name: string }[]).map((target) => target.name)
  const params = { ...resolved.params, types }
  const filter = resolved.filter ? ` && (${resolved.filter})` : ''
  const result = await evaluate(parse(`*[_type in $types${filter}]._id`, { params }), {
    dataset,
    params,
  })
  return ((await result.get()) as string[]).sort()
}

describe('reference pickers', () => {
  const university = { ...fixtures.organisation, _id: 'organisation.uit', orgType: 'utdanning' }
  const organisations = [fixtures.organisation, university] as SanityDocument[]

  test('a council membership offers regional councils only', async () => {
    expect(
      await offered('councilMembership', ['council'], fixtures.municipality, organisations),
    ).toEqual([fixtures.organisation._id])
  })

  test.each([
    ['published', fixtures.organisation._id],
    ['draft', `drafts.${fixtures.organisation._id}`],
  ])('an organisation open as %s does not offer itself', async (_form, id) => {
    const open = { ...fixtures.organisation, _id: id } as SanityDocument
    const dataset = [...organisations, { ...open, _id: `drafts.${fixtures.organisation._id}` }]
    for (const field of ['predecessor', 'successor']) {
      expect(await offered('organisation', [field], open, dataset)).toEqual([university._id])
    }
  })

  test('a plan does not offer itself as the plan it replaces', async () => {
    const older = { ...fixtures.plan, _id: 'plan.eldre' } as SanityDocument
    const draft = { ...fixtures.plan, _id: `drafts.${fixtures.plan._id}` } as SanityDocument
    expect(await offered('plan', ['predecessor'], draft, [fixtures.plan, draft, older])).toEqual([
      older._id,
    ])
  })
})

/** A field of a type definition as written in schemas/, with its conditional properties. */
function definedField(type: { fields?: unknown[] }, name: string) {
  const field = (type.fields as { name: string }[] | undefined)?.find((f) => f.name === name)
  if (!field) throw new Error(`no field ${name}`)
  return field as {
    description?: string
    title?: string
    readOnly?: (context: { document?: unknown }) => boolean
    hidden?: (context: { document?: unknown; value?: unknown }) => boolean
    initialValue?: unknown
  }
}

describe('a measure’s strategy', () => {
  const field = definedField(measure, 'strategyKey')

  test.each([
    ['without a goal', undefined, true],
    ['with a goal', { _type: 'reference', _ref: fixtures.goal._id }, false],
  ])('is read-only or not %s', (_name, goal, readOnly) => {
    expect(field.readOnly?.({ document: { ...fixtures.measure, goal } })).toBe(readOnly)
  })

  test('help text speaks to editors, not developers', () => {
    expect(field.description).toBe('Velg strategien under målet. Velg mål først.')
  })
})

describe('an event’s date precision', () => {
  test('has the same title as a progress note’s', () => {
    expect(definedField(event, 'datePrecision').title).toBe(
      definedField(progressEntry, 'datePrecision').title,
    )
  })

  test.each([
    ['day', 'endDate', undefined, false],
    [undefined, 'startTime', undefined, false],
    ['month', 'endDate', undefined, true],
    ['season', 'startTime', undefined, true],
    ['year', 'endTime', undefined, true],
    ['month', 'endTime', '15:00', false],
  ])('precision %s: %s holding %s is hidden: %s', (datePrecision, name, value, hidden) => {
    const document = { ...fixtures.event, datePrecision }
    expect(definedField(event, name).hidden?.({ document, value })).toBe(hidden)
  })

  test('help text says what the site shows', () => {
    expect(definedField(event, 'datePrecision').description).toMatch(/«høsten 2016»/)
  })
})

test('a new news item is published now until the editor says otherwise', () => {
  vi.useFakeTimers({ now: new Date('2026-03-04T09:15:00Z') })
  try {
    const initial = definedField(newsItem, 'publishedAt').initialValue
    expect(typeof initial === 'function' ? initial() : initial).toBe('2026-03-04T09:15:00.000Z')
  } finally {
    vi.useRealTimers()
  }
})
