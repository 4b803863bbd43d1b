import { nbNOLocale } from '@sanity/locale-nb-no'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { API_VERSION } from './apiVersion'
import { resolveStudioTarget } from './env'
import { studioSchemaTypes } from './schemaTypes'
import { documentActions, newDocumentOptions, withoutSingletonTemplates } from './singletons'
import { structure } from './structure/index'
import { initialValueTemplates } from './templates'

const { projectId, dataset } = resolveStudioTarget()

// Sanity's CLI and build load this file's default export; it is the one default export in the repository.
export default defineConfig({
  name: 'default',
  title: 'Re:tenk – Program Drivkraft',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure }),
    visionTool({ defaultApiVersion: API_VERSION }),
    nbNOLocale(),
  ],
  schema: {
    types: studioSchemaTypes,
    templates: (templates) => [...withoutSingletonTemplates(templates), ...initialValueTemplates],
  },
  document: {
    newDocumentOptions,
    actions: documentActions,
  },
})
