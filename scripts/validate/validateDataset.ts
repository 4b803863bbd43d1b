import { readFile } from 'node:fs/promises'
import {
  validateDocument,
  validateDocumentWithWorkspace,
  validationMarkerCodes,
  type DocumentValidationMarker,
  type ValidationClient,
} from '@sanity/validation'
import { getFallbackLocaleSource } from '@sanity/validation/_internal'
import type { Path, SanityDocument, Schema, ValidationContext } from '@sanity/types'
import { createSchema } from 'sanity'
import { schemaTypes, singletonTypes } from '../../schemas/index'
import { parseNdjson, type DatasetDocument } from '../../site/src/lib/content/parseNdjson'
import { createLocalClient } from './localClient'

/** One thing wrong (or worth a look) in a dataset file. */
export interface Problem {
  level: 'error' | 'warning' | 'info'
  /** The document's `_id`, or undefined when the problem is a line that yielded no document. */
  documentId?: string
  /** Field path inside the document (`status.reason`, `responsible[k1].party`), empty for the whole document. */
  path: string
  message: string
  /** Set for problems found while reading the file. */
  file?: string
  line?: number
}

/** What validating one dataset file found. */
export interface DatasetReport {
  file: string
  documentCount: number
  problems: Problem[]
  errorCount: number
  warningCount: number
}

const SINGLETONS = new Set<string>(singletonTypes.map((type) => type.name))

let cachedSchema: Schema | undefined

/** The compiled Drivkraft schema (compiled once per process: it takes a moment). */
export function drivkraftSchema(): Schema {
  cachedSchema ??= createSchema({ name: 'drivkraft', types: schemaTypes })
  return cachedSchema
}

/** Reads, parses and validates an NDJSON dataset file. A missing file is thrown as an Error naming it. */
export async function validateDatasetFile(file: string): Promise<DatasetReport> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`Cannot read dataset file ${file}: ${(error as Error).message}`)
  }
  const { documents, errors } = parseNdjson(text, file)
  const lineProblems: Problem[] = errors.map((error) => ({
    level: 'error',
    path: '',
    message: error.reason,
    file: error.file,
    line: error.line,
  }))
  const report = await validateDocuments(documents, { file })
  return summarise(file, documents.length, [...lineProblems, ...report.problems])
}

/** Options for {@link validateDocuments}. */
export interface ValidateOptions {
  /** Name shown in the summary. */
  file?: string
  /** Run the per-document rules only for these ids; the dataset-level rules still see every document. */
  only?: ReadonlySet<string>
}

/** Validates parsed documents: structure, references, and every schema rule through `@sanity/validation`. */
export async function validateDocuments(
  documents: readonly DatasetDocument[],
  { file = '<documents>', only }: ValidateOptions = {},
): Promise<DatasetReport> {
  const schema = drivkraftSchema()
  const ids = new Set(documents.map((doc) => doc._id))
  const client = createLocalClient(documents)
  const getDocumentExists = async ({ id }: { id: string }) => ids.has(id)
  const problems: Problem[] = [...schemaProblems(schema), ...structureProblems(documents, schema)]
  for (const doc of documents) {
    if (!isDocumentType(schema, doc._type) || (only && !only.has(doc._id))) continue
    problems.push(...referenceProblems(doc, ids))
    const markers = await schemaMarkers(
      doc as unknown as SanityDocument,
      schema,
      client,
      getDocumentExists,
    )
    for (const marker of markers) {
      problems.push({
        level: marker.level,
        documentId: doc._id,
        path: formatPath(marker.path),
        message: marker.message,
      })
    }
  }
  return summarise(file, documents.length, problems)
}

/**
 * Every schema rule for one document, at the level the schema gives it.
 *
 * `validateDocument` always runs as `environment: 'cli'`, and there `@sanity/validation` 6.16 appends its
 * unknown-field check to each object-level rule with `.warning()`, which turns every object-level rule (document
 * `rule.custom`, slug uniqueness) into a warning. So the rules run in Studio mode, as editors see them, and only
 * the unknown-field check is taken from a second, client-less `validateDocument` pass. An unknown field is an
 * error here: field names are binding (docs/content-model.md), and the site would silently ignore a misspelt one.
 */
async function schemaMarkers(
  document: SanityDocument,
  schema: Schema,
  client: ValidationClient,
  getDocumentExists: (options: { id: string }) => Promise<boolean>,
): Promise<DocumentValidationMarker[]> {
  const [studioMarkers, cliResult] = await Promise.all([
    validateDocumentWithWorkspace({
      document,
      workspace: {
        schema,
        getClient: () => client as unknown as ReturnType<ValidationContext['getClient']>,
        i18n: getFallbackLocaleSource(),
      },
      getDocumentExists,
      environment: 'studio',
    }),
    validateDocument({ document, schema, getDocumentExists }),
  ])
  const unknownFields = cliResult.markers
    .filter((marker) => marker.code === validationMarkerCodes.objectUnknownField)
    .map((marker) => ({ ...marker, level: 'error' as const }))
  return [...studioMarkers, ...unknownFields]
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const

/**
 * One line per (document, path, message), at its most severe level: Sanity attaches slug uniqueness to every
 * rule of a slug field, so the same finding can arrive several times.
 */
function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const byKey = new Map<string, Problem>()
  for (const problem of problems) {
    const key = JSON.stringify([
      problem.file,
      problem.line,
      problem.documentId,
      problem.path,
      problem.message,
    ])
    const seen = byKey.get(key)
    if (!seen || SEVERITY[problem.level] < SEVERITY[seen.level]) byKey.set(key, problem)
  }
  return [...byKey.values()]
}

function summarise(file: string, documentCount: number, found: Problem[]): DatasetReport {
  const problems = uniqueProblems(found)
  return {
    file,
    documentCount,
    problems,
    errorCount: problems.filter((problem) => problem.level === 'error').length,
    warningCount: problems.filter((problem) => problem.level === 'warning').length,
  }
}

/** Errors in the schema itself: without a sound schema no document result can be trusted. */
function schemaProblems(schema: Schema): Problem[] {
  const groups = (schema as { _validation?: SchemaProblemGroup[] })._validation ?? []
  return groups.flatMap((group) =>
    group.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => ({
        level: 'error' as const,
        documentId: '<schema>',
        path: group.path.map((segment) => segment.name ?? segment.type ?? '?').join('.'),
        message: problem.message,
      })),
  )
}

interface SchemaProblemGroup {
  path: { name?: string; type?: string }[]
  problems: { severity: string; message: string }[]
}

function isDocumentType(schema: Schema, typeName: string): boolean {
  const type = schema.get(typeName) as { type?: { name?: string } } | undefined
  return type?.type?.name === 'document'
}

/** Dataset-level rules no single-document validation can see. */
function structureProblems(documents: readonly DatasetDocument[], schema: Schema): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const doc of documents) {
    const at = { documentId: doc._id, path: '' }
    if (seen.has(doc._id)) {
      problems.push({ level: 'error', ...at, message: `duplicate _id "${doc._id}"` })
    }
    seen.add(doc._id)
    if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) {
      problems.push({
        level: 'error',
        ...at,
        message: 'drafts and versions do not belong in a published dataset',
      })
    }
    if (SINGLETONS.has(doc._type) && doc._id !== doc._type) {
      problems.push({
        level: 'error',
        ...at,
        path: '_id',
        message: `the ${doc._type} singleton must have _id "${doc._type}" (Studio opens it by that id)`,
      })
    }
    if (!isDocumentType(schema, doc._type)) {
      problems.push({
        level: 'error',
        ...at,
        path: '_type',
        message: `unknown document type "${doc._type}"`,
      })
    }
  }
  return problems
}

/** Every `_ref` in the document must name a document in the same dataset. */
function referenceProblems(doc: DatasetDocument, ids: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = []
  const visit = (value: unknown, path: Path) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const key = (item as { _key?: unknown } | null)?._key
        visit(item, [...path, typeof key === 'string' ? { _key: key } : index])
      })
      return
    }
    if (value === null || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string' && !ids.has(record._ref)) {
      problems.push({
        level: record._weak === true ? 'warning' : 'error',
        documentId: doc._id,
        path: formatPath(path),
        message: `reference to "${record._ref}" does not resolve to any document in the dataset`,
      })
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key])
  }
  visit(doc, [])
  return problems
}

/** `subGoals[k1].results[0]`: field names dotted, array members by `_key` where they have one. */
export function formatPath(path: Path): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'string') out += out ? `.${segment}` : segment
    else if (typeof segment === 'number') out += `[${segment}]`
    else if (Array.isArray(segment)) out += `[${segment.join(':')}]`
    else out += `[${segment._key}]`
  }
  return out
}

/** One problem as `document id · field path · message` (or `file:line · message` for a bad line). */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}`
      : `${problem.documentId ?? '?'} · ${problem.path || '(document)'}`
  return `${problem.level === 'error' ? 'error' : problem.level}  ${where} · ${problem.message}`
}

/** The closing line: how many documents, errors and warnings, in which file. */
export function formatSummary(report: DatasetReport): string {
  const verdict = report.errorCount > 0 ? 'FAILED' : 'OK'
  return `${verdict}: ${report.file}: ${report.documentCount} documents, ${report.errorCount} errors, ${report.warningCount} warnings`
}
