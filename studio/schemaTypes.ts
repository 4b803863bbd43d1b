import type { SchemaTypeDefinition } from 'sanity'
import { schemaTypes } from '../schemas/index'
import { MeasurePreview } from './components/MeasurePreview'

/**
 * The shared schema with the Studio's React components attached. Schema files stay free of JSX because scripts
 * and tests import them through tsx; the components join here.
 */
export const studioSchemaTypes: SchemaTypeDefinition[] = schemaTypes.map((type) =>
  type.name === 'measure' ? { ...type, components: { preview: MeasurePreview } } : type,
)
