import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import type { DatasetDocument } from '../../../site/src/lib/content/parseNdjson'
import {
  isPublishedContent,
  ndjsonFromExport,
  normaliseDataset,
  normaliseExport,
  orderKeys,
  serialiseNdjson,
} from '../normaliseDataset'

const doc = (
  _id: string,
  _type = 'page',
  extra: Record<string, unknown> = {},
): DatasetDocument => ({
  _id,
  _type,
  ...extra,
})

describe('isPublishedContent', () => {
  test.each([
    ['page.om', 'page', true],
    ['programme', 'programme', true],
    ['drafts.page.om', 'page', false],
    ['versions.r1.page.om', 'page', false],
    ['_.groups.public', 'system.group', false],
    ['_.retention.x', 'system.retention', false],
    ['system.something', 'whatever', false],
    ['abc', 'system.schema', false],
  ])('%s (%s) → %s', (id, type, expected) => {
    expect(isPublishedContent(doc(id, type))).toBe(expected)
  })
})

describe('orderKeys', () => {
  test('puts system keys first in export order and the rest alphabetically, at every depth', () => {
    const ordered = orderKeys({
      title: 't',
      _rev: 'r',
      _type: 'page',
      _updatedAt: 'u',
      body: [{ text: 'x', _type: 'span', _key: 'k' }],
      _id: 'page.a',
      _createdAt: 'c',
      author: { _ref: 'person.a', _type: 'reference' },
    })
    expect(Object.keys(ordered)).toEqual([
      '_id',
      '_type',
      '_createdAt',
      '_updatedAt',
      '_rev',
      'author',
      'body',
      'title',
    ])
    expect(Object.keys(ordered.body[0]!)).toEqual(['_key', '_type', 'text'])
    expect(Object.keys(ordered.author)).toEqual(['_type', '_ref'])
  })

  test('keeps array order and leaves scalars alone', () => {
    expect(orderKeys(['b', 'a', 3, null])).toEqual(['b', 'a', 3, null])
  })
})

describe('normaliseDataset', () => {
  test('drops drafts and system documents and sorts by _id', () => {
    const result = normaliseDataset([
      doc('page.b'),
      doc('drafts.page.a'),
      doc('_.groups.x', 'system.group'),
      doc('municipality.narvik', 'municipality'),
      doc('page.a'),
    ])
    expect(result.map((item) => item._id)).toEqual(['municipality.narvik', 'page.a', 'page.b'])
  })

  test('is idempotent over the bundled file: the committed file is already normalised', () => {
    const file = resolve(process.cwd(), 'studio/seed/production.ndjson')
    const text = readFileSync(file, 'utf8')
    expect(normaliseExport(Buffer.from(text), file).text).toBe(text)
  })

  test('serialises one document a line with a final newline', () => {
    expect(serialiseNdjson([doc('a'), doc('b')])).toBe(
      '{"_id":"a","_type":"page"}\n{"_id":"b","_type":"page"}\n',
    )
    expect(serialiseNdjson([])).toBe('')
  })
})

describe('reading what sanity dataset export writes', () => {
  const lines = [
    JSON.stringify({ _type: 'page', _id: 'page.b', title: 'B' }),
    JSON.stringify({ _id: 'drafts.page.b', _type: 'page', title: 'B*' }),
    JSON.stringify({ _id: 'page.a', _type: 'page', title: 'A' }),
  ].join('\n')

  /** A real tarball made with the system tar, shaped like an export: <name>/data.ndjson (+ assets.json). */
  function exportArchive(): Buffer {
    const dir = mkdtempSync(join(tmpdir(), 'drivkraft-export-test-'))
    // A folder name past tar's 100-byte name field exercises the long-name headers too.
    const folder = `production-export-${'x'.repeat(100)}`
    mkdirSync(join(dir, folder))
    writeFileSync(join(dir, folder, 'assets.json'), '{}')
    writeFileSync(join(dir, folder, 'data.ndjson'), lines)
    const archive = join(dir, 'export.tar.gz')
    const tar = spawnSync('tar', ['-czf', archive, '-C', dir, folder])
    expect(tar.status).toBe(0)
    return readFileSync(archive)
  }

  test.each([
    ['a gzipped tarball', exportArchive],
    ['a plain gzip file', () => gzipSync(lines)],
    ['plain NDJSON', () => Buffer.from(lines)],
  ])('%s', (_name, make) => {
    expect(ndjsonFromExport(make(), 'export.tar.gz')).toBe(lines)
    const { text, count } = normaliseExport(make(), 'export.tar.gz')
    expect(count).toBe(2)
    expect(text).toBe(
      '{"_id":"page.a","_type":"page","title":"A"}\n{"_id":"page.b","_type":"page","title":"B"}\n',
    )
  })

  test('an archive without data.ndjson is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drivkraft-export-test-'))
    writeFileSync(join(dir, 'other.txt'), 'x')
    const archive = join(dir, 'empty.tar.gz')
    spawnSync('tar', ['-czf', archive, '-C', dir, 'other.txt'])
    expect(() => ndjsonFromExport(readFileSync(archive), archive)).toThrow(
      `${archive}: the export archive holds no data.ndjson`,
    )
  })

  test('a malformed exported line is an error naming file and line', () => {
    expect(() =>
      normaliseExport(Buffer.from('{"_id":"a","_type":"page"}\n{oops'), 'x.ndjson'),
    ).toThrow(/x\.ndjson:2: invalid JSON/)
  })
})
