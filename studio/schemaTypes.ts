import type { SchemaTypeDefinition } from 'sanity'
import { schemaTypes } from '../schemas/index'
import { MeasurePreview } from './components/MeasurePreview'
import { StrategyKeyInput } from './components/StrategyKeyInput'

/** A field definition as the Studio sees it, loose enough to attach components to. */
type FieldDefinition = { name: string; components?: Record<string, unknown> } & Record<
  string,
  unknown
>

/** The measure type with its list preview and strategy dropdown. */
function measureWithComponents(type: SchemaTypeDefinition): SchemaTypeDefinition {
  const fields = ((type as { fields?: FieldDefinition[] }).fields ?? []).map((field) =>
    field.name === 'strategyKey' ? { ...field, components: { input: StrategyKeyInput } } : field,
  )
  return {
    ...type,
    fields,
    components: { preview: MeasurePreview },
  } as unknown as SchemaTypeDefinition
}

/**
 * The shared schema with the Studio's React components attached. Schema files stay free of JSX because scripts
 * and tests import them through tsx; the components join here.
 */
export const studioSchemaTypes: SchemaTypeDefinition[] = schemaTypes.map((type) =>
  type.name === 'measure' ? measureWithComponents(type) : type,
)
