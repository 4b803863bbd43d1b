import { defineCliConfig } from 'sanity/cli'
import { resolveStudioTarget } from './env'

const { projectId, dataset } = resolveStudioTarget()

// The CLI loads this file's default export. Typegen reads the extracted schema and every GROQ query in the site.
export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    path: '../site/src/**/*.{ts,tsx,astro}',
    schema: 'schema.json',
    generates: '../site/src/sanity.types.ts',
    overloadClientMethods: true,
  },
})
