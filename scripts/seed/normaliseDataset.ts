import { gunzipSync } from 'node:zlib'
import { parseNdjson, type DatasetDocument } from '../../site/src/lib/content/parseNdjson'

/** System fields first, in the order Sanity's own export writes them; everything else follows alphabetically. */
const LEADING_KEYS = ['_id', '_key', '_type', '_ref', '_weak', '_createdAt', '_updatedAt', '_rev']

/** True for a published content document; false for drafts, versions and Sanity's system documents. */
export function isPublishedContent(doc: DatasetDocument): boolean {
  if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) return false
  if (doc._id.startsWith('_.') || doc._id.startsWith('system.')) return false
  return !doc._type.startsWith('system.')
}

/** A copy of `value` whose object keys are in one stable order at every depth (array order is kept). */
export function orderKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item)) as T
  if (value === null || typeof value !== 'object') return value
  const source = value as Record<string, unknown>
  const ordered: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort(compareKeys)) ordered[key] = orderKeys(source[key])
  return ordered as T
}

function compareKeys(a: string, b: string): number {
  const rank = (key: string) => {
    const index = LEADING_KEYS.indexOf(key)
    return index === -1 ? LEADING_KEYS.length : index
  }
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** Published content only, keys in stable order, sorted by `_id`: the form the bundled file is kept in. */
export function normaliseDataset(documents: readonly DatasetDocument[]): DatasetDocument[] {
  return documents
    .filter(isPublishedContent)
    .map((doc) => orderKeys(doc))
    .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
}

/** NDJSON text: one document a line, ending with a newline. */
export function serialiseNdjson(documents: readonly DatasetDocument[]): string {
  return documents.map((doc) => JSON.stringify(doc)).join('\n') + (documents.length ? '\n' : '')
}

/**
 * The NDJSON text inside whatever `sanity dataset export` wrote: a gzipped tarball holding
 * `<name>/data.ndjson` (the default), a plain gzip file, or plain NDJSON.
 */
export function ndjsonFromExport(bytes: Uint8Array, file: string): string {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b
  const data = isGzip ? gunzipSync(bytes) : Buffer.from(bytes)
  if (!isTar(data)) return data.toString('utf8')
  const entry = readTarEntries(data).find((item) => /(^|\/)data\.ndjson$/.test(item.name))
  if (!entry) throw new Error(`${file}: the export archive holds no data.ndjson`)
  return entry.body.toString('utf8')
}

function isTar(data: Buffer): boolean {
  return data.length >= 512 && data.subarray(257, 262).toString('latin1') === 'ustar'
}

/** Regular files of a ustar tar archive. Long names from pax or GNU headers are honoured. */
function readTarEntries(data: Buffer): { name: string; body: Buffer }[] {
  const entries: { name: string; body: Buffer }[] = []
  let offset = 0
  let paxName: string | undefined
  while (offset + 512 <= data.length) {
    const header = data.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const typeFlag = field(156, 1)
    const prefix = field(345, 155)
    const body = data.subarray(offset + 512, offset + 512 + size)
    if (typeFlag === 'x') {
      paxName = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
    } else if (typeFlag === 'L') {
      paxName = body.toString('utf8').replace(/\0.*$/s, '')
    } else {
      if (typeFlag === '0' || typeFlag === '') {
        const name = paxName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
        entries.push({ name, body })
      }
      paxName = undefined
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return entries
}

/**
 * The bundled-file text for an export archive: parsed (a bad line is an Error naming file and line), then
 * normalised and serialised.
 */
export function normaliseExport(bytes: Uint8Array, file: string): { text: string; count: number } {
  const { documents, errors } = parseNdjson(ndjsonFromExport(bytes, file), file)
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'))
  const normalised = normaliseDataset(documents)
  return { text: serialiseNdjson(normalised), count: normalised.length }
}
