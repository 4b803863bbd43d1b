import { readFile } from 'node:fs/promises'
import { evaluate, parse, type ExprNode } from 'groq-js'
import { parseNdjson, type DatasetDocument } from './parseNdjson'
import { typeScope } from './typeScope'
import type { ContentSource } from './types'

/** Counters that prove the file is read once and references resolve through the index. */
export interface LocalSourceStats {
  reads: number
  queries: number
  dereferences: number
}

/** The bundled-dataset source, with counters for tests and benchmarks. */
export interface LocalSource extends ContentSource {
  readonly kind: 'dataset'
  readonly file: string
  stats(): LocalSourceStats
}

interface Loaded {
  documents: DatasetDocument[]
  byId: Map<string, DatasetDocument>
  byType: Map<string, DatasetDocument[]>
}

/** Drafts and release versions never reach the site: the Content Lake's `published` perspective hides them too. */
function isPublished(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.')
}

async function load(file: string, read: (file: string) => Promise<string>): Promise<Loaded> {
  const { documents, errors } = parseNdjson(await read(file), file)
  if (errors.length > 0) {
    const shown = errors.slice(0, 10).map((error) => error.message)
    const more = errors.length > shown.length ? `\n…and ${errors.length - shown.length} more` : ''
    throw new Error(`Cannot read the dataset ${file}:\n${shown.join('\n')}${more}`)
  }
  const published = documents.filter((doc) => isPublished(doc._id))
  const byId = new Map<string, DatasetDocument>()
  for (const doc of published) {
    const earlier = byId.get(doc._id)
    if (earlier) throw new Error(`Cannot read the dataset ${file}: _id "${doc._id}" occurs twice`)
    byId.set(doc._id, doc)
  }
  const byType = new Map<string, DatasetDocument[]>()
  for (const doc of published) {
    const list = byType.get(doc._type)
    if (list) list.push(doc)
    else byType.set(doc._type, [doc])
  }
  return { documents: published, byId, byType }
}

/**
 * Evaluates GROQ with groq-js over an NDJSON file. The file is read and parsed once (on the first query), query
 * trees are parsed once per query string, `->` resolves through an `_id` index instead of groq-js's default
 * scan of the whole dataset per reference, and a query filtered to one `_type` runs over that type's documents
 * only (see `typeScope`).
 */
export function createLocalSource(
  file: string,
  options: { readText?: (file: string) => Promise<string> } = {},
): LocalSource {
  const read = options.readText ?? ((path: string) => readFile(path, 'utf8'))
  const counters: LocalSourceStats = { reads: 0, queries: 0, dereferences: 0 }
  const trees = new Map<string, { tree: ExprNode; scope: string | undefined }>()
  let loaded: Promise<Loaded> | undefined

  const dataset = (): Promise<Loaded> => {
    if (!loaded) {
      counters.reads++
      loaded = load(file, read)
    }
    return loaded
  }

  const compiled = (query: string) => {
    let entry = trees.get(query)
    if (!entry) {
      const tree = parse(query)
      entry = { tree, scope: typeScope(tree) }
      trees.set(query, entry)
    }
    return entry
  }

  return {
    kind: 'dataset',
    file,
    stats: () => ({ ...counters }),
    prepare: async () => {
      await dataset()
    },
    async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
      const { documents, byId, byType } = await dataset()
      counters.queries++
      const { tree, scope } = compiled(query)
      const value = await evaluate(tree, {
        dataset: scope === undefined ? documents : (byType.get(scope) ?? []),
        params,
        dereference: ({ _ref }) => {
          counters.dereferences++
          return byId.get(_ref) ?? null
        },
      })
      return (await value.get()) as T
    },
  }
}
