import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadBaseDocuments } from '../../../scripts/generate-dataset/baseDocuments.ts'
import {
  generateDataset,
  toNdjson,
  type GenerateOptions,
} from '../../../scripts/generate-dataset/generateDataset.ts'
import type { DatasetDocument } from '../../src/lib/content/parseNdjson'
import { buildSite } from './buildSite'
import { readPages, type BuiltPage } from './builtSite'

const bundled = resolve(import.meta.dirname, '../../../studio/seed/production.ndjson')

/** A synthetic programme over the bundled dataset's base documents, as `npm run dataset:generate` makes it. */
export function syntheticDocuments(options: Omit<GenerateOptions, 'base'>): DatasetDocument[] {
  return generateDataset({ ...options, base: loadBaseDocuments(bundled) })
}

/** A built fixture site: every page, and the same pages by URL path. */
export interface BuiltDocuments {
  pages: BuiltPage[]
  byPath: Map<string, BuiltPage>
}

/**
 * Writes `docs` as a dataset into `dir` (from `fixtureBuildDir`), builds the site from it into `dir/dist` and
 * reads the pages back.
 */
export function buildDocuments(dir: string, docs: readonly DatasetDocument[]): BuiltDocuments {
  const dataset = join(dir, 'synthetic.ndjson')
  writeFileSync(dataset, toNdjson([...docs]))
  buildSite(dataset, join(dir, 'dist'))
  const pages = readPages(join(dir, 'dist'))
  return { pages, byPath: new Map(pages.map((page) => [page.path, page])) }
}

/** A document's slug (`slug.current`), for documents known to have one. */
export const slugOf = (doc: DatasetDocument): string => (doc.slug as { current: string }).current
