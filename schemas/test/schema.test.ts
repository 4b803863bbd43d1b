import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSchema } from 'sanity'
import type { SchemaType } from 'sanity'
import { describe, expect, test } from 'vitest'
import { STATUS_LIGHTS } from '../constants'
import { documentTypes, objectTypes, schemaTypes, singletonTypes } from '../index'
import { measure } from '../documents/measure'
import { LIGHT_ICONS } from '../ui/lightIcons'
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
