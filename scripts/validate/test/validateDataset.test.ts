import { describe, expect, test } from 'vitest'
import type { DatasetDocument } from '../../../site/src/lib/content/parseNdjson'
import {
  formatPath,
  formatProblem,
  validateDatasetFile,
  validateDocuments,
} from '../validateDataset'
import { bundledDocuments, withPatched, writeTempDataset } from './fixtures'

const base = bundledDocuments()
/** Errors found in `documents`, running the per-document rules only for `only` (it keeps the suite fast). */
const errorsOf = async (documents: DatasetDocument[], only?: string) =>
  (await validateDocuments(documents, only ? { only: new Set([only]) } : {})).problems.filter(
    (problem) => problem.level === 'error',
  )

describe('malformed lines', () => {
  test('a line that is not JSON is an error naming file and line; the other lines are still validated', async () => {
    const good = JSON.stringify(base.find((doc) => doc._id === 'organisation.visit-senja'))
    const file = writeTempDataset('broken.ndjson', [
      good,
      '{"_id": "page.x", "_type": ',
      good.replace('Visit Senja', 'Lorem ipsum'),
    ])
    const report = await validateDatasetFile(file)
    const lineProblem = report.problems.find((problem) => problem.line !== undefined)
    expect(lineProblem).toMatchObject({ level: 'error', file, line: 2 })
    expect(formatProblem(lineProblem!)).toContain(`${file}:2 · invalid JSON`)
    expect(report.documentCount).toBe(2)
    expect(report.problems.some((problem) => problem.message.includes('duplicate _id'))).toBe(true)
    expect(report.errorCount).toBeGreaterThanOrEqual(3)
  })

  test('a missing file is an error naming the file', async () => {
    await expect(validateDatasetFile('/nonexistent/dataset.ndjson')).rejects.toThrow(
      /Cannot read dataset file \/nonexistent\/dataset\.ndjson/,
    )
  })
})

describe('invalid documents are named by id and field path', () => {
  test.each<[string, string, (doc: DatasetDocument & Record<string, any>) => void, string, RegExp]>(
    [
      [
        'red without reason',
        'measure.skaperkraft',
        (doc) => (doc.status = { _type: 'measureStatus', light: 'red' }),
        'status.reason',
        /årsak/,
      ],
      [
        'lorem ipsum in a lead',
        'page.organisering',
        (doc) => (doc.lead = 'Lorem ipsum dolor sit amet.'),
        'lead',
        /plassholder/,
      ],
      [
        'placeholder slug',
        'goal.oppna-regional-avstandsreduksjon-ost-vest-og-nord-sor',
        (doc) => (doc.slug.current = 'eksempel-pa-spp-bank-5'),
        'slug',
        /plassholder-adresse/,
      ],
      [
        'a measure related to itself',
        'measure.guttas-campus',
        (doc) =>
          (doc.relatedMeasures = [
            { _key: 'self', _type: 'reference', _ref: 'measure.guttas-campus' },
          ]),
        'relatedMeasures[self]',
        /seg selv/,
      ],
      [
        'a progress note in the future',
        'measure.sikre-utbyggingen-av-engenes-fiskerihavn',
        (doc) => (doc.progressLog[0].date = '2999-01-01'),
        'progressLog[2022-06-29].date',
        /fram i tid/,
      ],
      ['a required field missing', 'municipality.gratangen', (doc) => delete doc.name, 'name', /./],
      [
        'a misspelt field name',
        'organisation.visit-senja',
        (doc) => (doc.webside = 'https://example.no/'),
        'webside',
        /does not exist/,
      ],
      [
        'a duplicate slug',
        'page.organisering',
        (doc) => (doc.slug.current = 'bakgrunn-og-periode'),
        'slug',
        /already in use/,
      ],
    ],
  )('%s', async (_name, id, patch, path, message) => {
    const errors = await errorsOf(withPatched(base, { [id]: patch }), id)
    expect(
      errors.some(
        (problem) =>
          problem.documentId === id && problem.path === path && message.test(problem.message),
      ),
    ).toBe(true)
  })
})

describe('dataset-level rules', () => {
  const page = base.find((doc) => doc._id === 'page.organisering')!
  test.each<[string, DatasetDocument[], string, string]>([
    [
      'a draft',
      [...base, { ...page, _id: 'drafts.page.organisering' }],
      'drafts.page.organisering',
      'drafts and versions',
    ],
    [
      'an unknown type',
      [...base, { _id: 'widget.x', _type: 'widget' }],
      'widget.x',
      'unknown document type "widget"',
    ],
    ['a duplicate _id', [...base, page], 'page.organisering', 'duplicate _id'],
    [
      'a singleton under another id',
      [...base, { ...base.find((doc) => doc._id === 'programme')!, _id: 'programme.copy' }],
      'programme.copy',
      'singleton must have _id "programme"',
    ],
    [
      'a reference that does not resolve',
      withPatched(base, {
        'person.sigbjorn-astrup': (doc) =>
          (doc.organisation = { _type: 'reference', _ref: 'organisation.finnes-ikke' }),
      }),
      'person.sigbjorn-astrup',
      'reference to "organisation.finnes-ikke" does not resolve',
    ],
  ])('%s is an error', async (_name, documents, id, message) => {
    const errors = await errorsOf(documents, id)
    expect(
      errors.some((problem) => problem.documentId === id && problem.message.includes(message)),
    ).toBe(true)
  })
})

test.each([
  [['status', 'reason'], 'status.reason'],
  [['responsible', { _key: 'k1' }, 'party'], 'responsible[k1].party'],
  [['results', 0], 'results[0]'],
  [[], ''],
] as const)('formatPath(%j) is %s', (path, expected) => {
  expect(formatPath([...path])).toBe(expected)
})
