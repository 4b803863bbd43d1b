import type { DocumentActionComponent, Template, TemplateItem } from 'sanity'
import { describe, expect, test } from 'vitest'
import {
  documentActions,
  newDocumentOptions,
  PARAMETERISED_TEMPLATES,
  SINGLETON_TYPES,
  withoutSingletonTemplates,
} from '../singletons'
import { initialValueTemplates } from '../templates'
import { studioSchemaTypes } from '../schemaTypes'

/** A stand-in document action with the given built-in id. */
function action(id: string): DocumentActionComponent {
  const component = (() => null) as unknown as DocumentActionComponent
  component.action = id as DocumentActionComponent['action']
  return component
}

const allActions = ['publish', 'discardChanges', 'restore', 'unpublish', 'duplicate', 'delete'].map(
  action,
)

describe('singleton actions', () => {
  test('the programme can be published and restored, never deleted, duplicated or unpublished', () => {
    expect(documentActions(allActions, { schemaType: 'programme' }).map((a) => a.action)).toEqual([
      'publish',
      'discardChanges',
      'restore',
    ])
  })

  test.each(['measure', 'page', 'person'])('%s keeps every action', (schemaType) => {
    expect(documentActions(allActions, { schemaType })).toEqual(allActions)
  })

  test('a custom action without an id is dropped from singletons', () => {
    const custom = (() => null) as unknown as DocumentActionComponent
    expect(documentActions([custom, action('publish')], { schemaType: 'programme' })).toHaveLength(
      1,
    )
  })
})

describe('creating documents', () => {
  const items: TemplateItem[] = [
    'programme',
    'measure',
    'measure-under-goal',
    'person-naeringsteam',
  ].map((templateId) => ({ templateId }))

  test.each([
    ['global', ['measure', 'person-naeringsteam']],
    ['structure', ['measure', 'measure-under-goal', 'person-naeringsteam']],
    ['document', ['measure', 'measure-under-goal', 'person-naeringsteam']],
  ] as const)('in the %s menu: %j', (type, expected) => {
    expect(
      newDocumentOptions(items, { creationContext: { type } }).map((i) => i.templateId),
    ).toEqual(expected)
  })

  test('the singleton has no template, so no second programme can be made', () => {
    const defaults = studioSchemaTypes
      .filter((type) => type.type === 'document')
      .map(
        (type) =>
          ({ id: type.name, schemaType: type.name, title: type.name, value: {} }) as Template,
      )
    const kept = withoutSingletonTemplates(defaults).map((template) => template.schemaType)
    expect(kept).not.toContain('programme')
    expect(kept).toContain('measure')
  })

  test('the singletons are exactly the programme', () => {
    expect([...SINGLETON_TYPES]).toEqual(['programme'])
  })
})

describe('initial-value templates', () => {
  const byId = new Map(initialValueTemplates.map((template) => [template.id, template]))
  const documentTypes = new Set(
    studioSchemaTypes.filter((t) => t.type === 'document').map((t) => t.name),
  )

  test.each(initialValueTemplates.map((template) => [template.id, template] as const))(
    '%s targets a document type',
    (_id, template) => expect(documentTypes.has(template.schemaType)).toBe(true),
  )

  test('every parameterised template exists and declares its parameter', () => {
    for (const id of PARAMETERISED_TEMPLATES) expect(byId.get(id)?.parameters?.length).toBe(1)
  })

  test('«Nytt tiltak under dette målet» fills in the goal and an honest status', async () => {
    const template = byId.get('measure-under-goal')
    const value =
      typeof template?.value === 'function'
        ? await template.value({ goalId: 'goal.a' }, {} as never)
        : undefined
    expect(value).toEqual({
      goal: { _type: 'reference', _ref: 'goal.a' },
      status: { _type: 'measureStatus', light: 'unreported' },
    })
  })
})
