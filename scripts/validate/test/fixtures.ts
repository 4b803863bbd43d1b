import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseNdjson, type DatasetDocument } from '../../../site/src/lib/content/parseNdjson'

/** The bundled dataset, parsed; tests derive broken variants from copies of it. */
export function bundledDocuments(): DatasetDocument[] {
  const file = resolve(process.cwd(), 'studio/seed/production.ndjson')
  return parseNdjson(readFileSync(file, 'utf8'), file).documents
}

/** Writes `lines` to a fresh temporary NDJSON file and returns its path. */
export function writeTempDataset(name: string, lines: readonly string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'drivkraft-validate-')), name)
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

/** The bundled documents with `patch` applied to copies of the named ones. */
export function withPatched(
  documents: readonly DatasetDocument[],
  patches: Record<string, (doc: DatasetDocument & Record<string, unknown>) => void>,
): DatasetDocument[] {
  return documents.map((doc) => {
    const patch = patches[doc._id]
    if (!patch) return doc
    const copy = structuredClone(doc)
    patch(copy)
    return copy
  })
}
