import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluate, parse } from 'groq-js'
import { compileFieldPath, createSchema } from 'sanity'
import type { SanityDocument, SchemaType, SortOrderingItem } from 'sanity'
import { describe, expect, test } from 'vitest'
import { STATUS_LIGHTS } from '../constants'
import { documentTypes, objectTypes, schemaTypes, singletonTypes } from '../index'
import { measure } from '../documents/measure'
import { LIGHT_ICONS } from '../ui/lightIcons'
import * as fixtures from './fixtures/documents'
import { schema } from './fixtures/validate'

/** Problems Sanity's own schema check found (the list `sanity schema validate` prints). */
function schemaProblems(compiled: unknown, severity: 'error' | 'warning') {
  const groups = (
    compiled as { _validation?: { path: unknown; problems: { severity: string }[] }[] }
  )._validation
  return (groups ?? []).flatMap((group) =>
    group.problems
      .filter((problem) => problem.severity === severity)
      .map((problem) => ({ ...problem, path: group.path })),
  )
}

/** Whether `path` (dot-separated, numeric segments for array members) leads somewhere inside `type`. */
function pathExists(type: SchemaType | undefined, segments: string[]): boolean {
  const [head, ...rest] = segments
  if (!type) return false
  if (head === undefined) return true
  if (head.startsWith('_')) return rest.length === 0
  if ('to' in type && Array.isArray(type.to))
    return type.to.some((target) => pathExists(target, segments))
  if (type.jsonType === 'array' && 'of' in type) {
    return /^\d+$/.test(head) && type.of.some((member) => pathExists(member, rest))
  }
  const field =
    'fields' in type ? type.fields.find((candidate) => candidate.name === head) : undefined
  return pathExists(field?.type, rest)
}

const previewed = [...singletonTypes, ...documentTypes, ...objectTypes].filter(
  (type) => type.type !== 'array',
)

describe('Sanity schema check', () => {
  test('the content model has no errors and no warnings', () => {
    expect(schemaProblems(schema, 'error')).toEqual([])
    expect(schemaProblems(schema, 'warning')).toEqual([])
  })

  test('the check does catch a broken type', () => {
    const broken = createSchema({
      name: 'broken',
      types: [
        ...schemaTypes,
        { name: 'broken', type: 'document', fields: [{ name: 'x', type: 'nope' }] },
      ],
    })
    expect(schemaProblems(broken, 'error')).not.toEqual([])
  })

  test('type names are unique', () => {
    const names = schemaTypes.map((type) => type.name)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('one type per file', () => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const files = ['documents', 'objects', 'singletons'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(folder, file)),
  )

  test.each(files)(
    '%s exports the type it is named after, and schemaTypes lists it',
    async (file) => {
      const name = basename(file, '.ts')
      const module = (await import(join(root, file))) as Record<string, { name?: string }>
      expect(module[name]?.name).toBe(name)
      expect(schemaTypes.map((type) => type.name)).toContain(name)
    },
  )

  test('schemaTypes lists nothing without a file', () => {
    expect(files.map((file) => basename(file, '.ts')).sort()).toEqual(
      schemaTypes.map((type) => type.name).sort(),
    )
  })
})

describe('every type', () => {
  test.each(schemaTypes.map((type) => [type.name, type] as const))(
    '%s has an icon and a title',
    (_name, type) => {
      expect(type.icon).toBeTruthy()
      expect(type.title).toMatch(/\S/)
    },
  )

  test.each(previewed.map((type) => [type.name, type] as const))(
    '%s has a preview',
    (_name, type) => {
      expect(Object.keys(type.preview?.select ?? {})).toContain('title')
    },
  )

  test.each(
    previewed.flatMap((type) =>
      Object.values(type.preview?.select ?? {}).map((path) => [type.name, path] as const),
    ),
  )('%s preview path %s exists', (name, path) => {
    expect(pathExists(schema.get(name), path.split('.'))).toBe(true)
  })

  test.each(
    previewed.flatMap((type) =>
      ('orderings' in type ? (type.orderings ?? []) : []).flatMap((ordering) =>
        ordering.by.map((by) => [type.name, by.field] as const),
      ),
    ),
  )('%s ordering field %s exists', (name, field) => {
    expect(pathExists(schema.get(name), field.split('.'))).toBe(true)
  })

  test('the path check rejects a path that does not exist', () => {
    expect(pathExists(schema.get('measure'), ['goal', 'nope'])).toBe(false)
    expect(pathExists(schema.get('measure'), ['status', 'light'])).toBe(true)
  })
})

/**
 * An ordering as the Studio's document list runs it: each field compiled against the schema (`goal.title` →
 * `goal->title`), strictly, as the Studio does before it queries.
 */
function orderClause(typeName: string, by: readonly SortOrderingItem[]): string {
  return by
    .map(({ field, direction }) => {
      const expression = compileFieldPath(schema.get(typeName), field, { strict: true })
      return `${expression} ${direction}`
    })
    .join(', ')
}

describe('orderings', () => {
  const orderings = previewed.flatMap((type) =>
    ('orderings' in type ? (type.orderings ?? []) : []).map(
      (ordering) => [type.name, ordering.name, ordering.by] as const,
    ),
  )

  test.each(orderings)('%s ordering %s sorts on what editors see', (name, _ordering, by) => {
    const clause = orderClause(name, by)
    expect(clause).not.toMatch(/_ref|_id/)
    expect(clause).not.toMatch(/status\.light/)
  })

  test('measures by goal and number: grouped by the goal title, not by the goal id', async () => {
    const goalDoc = (id: string, title: string) => ({ ...fixtures.goal, _id: id, title })
    const measureDoc = (id: string, goalId: string, number: number) => ({
      ...fixtures.measure,
      _id: id,
      goal: { _type: 'reference', _ref: goalId },
      number,
    })
    const dataset = [
      goalDoc('goal.aaa', 'Vekst i næringslivet'),
      goalDoc('goal.zzz', 'Boliger for alle'),
      measureDoc('measure.vekst-1', 'goal.aaa', 1),
      measureDoc('measure.bolig-2', 'goal.zzz', 2),
      measureDoc('measure.bolig-1', 'goal.zzz', 1),
    ] as SanityDocument[]
    const by = measure.orderings?.find((ordering) => ordering.name === 'goalNumber')?.by ?? []
    const query = `*[_type == "measure"] | order(${orderClause('measure', by)})._id`
    expect(await (await evaluate(parse(query), { dataset })).get()).toEqual([
      'measure.bolig-1',
      'measure.bolig-2',
      'measure.vekst-1',
    ])
  })
})

describe('fields', () => {
  /** Every field of every object-like type, with the name of the type it belongs to. */
  const fields = schemaTypes.flatMap((type) =>
    'fields' in type
      ? (type.fields ?? []).map((field) => [type.name, field.name, field] as const)
      : [],
  )

  test.each(fields)('%s.%s has a Norwegian title', (_type, _field, field) => {
    expect(field.title).toMatch(/\S/)
  })

  test('the status light offers exactly the shared enumeration', () => {
    const light = schema.get('measureStatus') as {
      fields: { name: string; type: { options?: { list?: unknown } } }[]
    }
    const list = light.fields.find((field) => field.name === 'light')?.type.options?.list
    expect(list).toEqual(STATUS_LIGHTS.map(({ value, title }) => ({ value, title })))
  })
})

describe('measure preview', () => {
  const prepare = measure.preview?.prepare

  test.each([
    [
      { light: 'red', reason: 'paused', goal: 'Bedre veier' },
      'Rød: satt på pause · Bedre veier',
      'red',
    ],
    [{ light: undefined, goal: 'Bedre veier' }, 'Ikke rapportert · Bedre veier', 'unreported'],
    [{ light: 'green' }, 'Grønn: gjennomført', 'green'],
  ])('%o → %s', (selected, subtitle, light) => {
    const prepared = prepare?.({ title: 'Tiltak', ...selected } as never) as Record<string, unknown>
    expect(prepared.subtitle).toBe(subtitle)
    expect(prepared.light).toBe(light)
    expect(prepared.media).toBe(LIGHT_ICONS[light as keyof typeof LIGHT_ICONS])
  })
})
