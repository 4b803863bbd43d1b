/** A document as Sanity's export format stores it: one JSON object a line with at least `_id` and `_type`. */
export interface DatasetDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** A dataset line that cannot be used, named by file and 1-based line number. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`)
    this.name = 'DatasetError'
  }
}

/**
 * Parses NDJSON in Sanity's export format. Blank lines are skipped; every other line must be a JSON object with a
 * string `_id` and `_type`. All problems are collected so that one run names every bad line, not just the first.
 */
export function parseNdjson(
  text: string,
  file: string,
): { documents: DatasetDocument[]; errors: DatasetError[] } {
  const documents: DatasetDocument[] = []
  const errors: DatasetError[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.trim()
    if (raw === '') continue
    const lineNumber = index + 1
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      errors.push(new DatasetError(file, lineNumber, `invalid JSON (${(error as Error).message})`))
      continue
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(new DatasetError(file, lineNumber, 'a line must hold one JSON object'))
      continue
    }
    const doc = value as Record<string, unknown>
    if (typeof doc._id !== 'string' || doc._id === '') {
      errors.push(new DatasetError(file, lineNumber, 'missing string field "_id"'))
      continue
    }
    if (typeof doc._type !== 'string' || doc._type === '') {
      errors.push(
        new DatasetError(file, lineNumber, `document "${doc._id}" has no string field "_type"`),
      )
      continue
    }
    documents.push(doc as DatasetDocument)
  }
  return { documents, errors }
}
