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
  // Walks the text line by line instead of splitting it: no second copy of a large file as an array of lines.
  let lineNumber = 0
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const raw = text.slice(start, end).trim()
    start = end + 1
    lineNumber++
    if (raw === '') continue
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
