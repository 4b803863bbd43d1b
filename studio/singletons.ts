import type {
  DocumentActionComponent,
  NewDocumentCreationContext,
  Template,
  TemplateItem,
} from 'sanity'
import { singletonTypes } from '../schemas/index'

/** Singleton type names; each has exactly one document whose `_id` is the type name. */
export const SINGLETON_TYPES: ReadonlySet<string> = new Set(singletonTypes.map((type) => type.name))

/** What editors may do with a singleton: publish and undo, never delete, duplicate or unpublish. */
export const SINGLETON_ACTIONS: ReadonlySet<string> = new Set([
  'publish',
  'discardChanges',
  'restore',
])

/** Templates that need a parameter (e.g. the goal) and only make sense inside a structure list. */
export const PARAMETERISED_TEMPLATES: ReadonlySet<string> = new Set([
  'measure-under-goal',
  'goal-under-focus-area',
])

/** Drops the default templates of singletons, so no second programme can be created. */
export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType))
}

/** The «create new» options: no singletons anywhere, no parameterised templates in the global menu. */
export function newDocumentOptions(
  items: TemplateItem[],
  context: { creationContext: Pick<NewDocumentCreationContext, 'type'> },
): TemplateItem[] {
  const global = context.creationContext.type === 'global'
  return items.filter(
    (item) =>
      !SINGLETON_TYPES.has(item.templateId) &&
      !(global && PARAMETERISED_TEMPLATES.has(item.templateId)),
  )
}

/** The document actions for a type: singletons keep only publish/discard/restore. */
export function documentActions(
  actions: DocumentActionComponent[],
  context: { schemaType: string },
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(context.schemaType)) return actions
  return actions.filter(
    (action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action),
  )
}
