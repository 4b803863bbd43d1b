import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseNdjson, type DatasetDocument } from '../../../site/src/lib/content/parseNdjson'
import { validateDatasetFile, type DatasetReport } from '../validateDataset'

const FILE = resolve(process.cwd(), 'studio/seed/production.ndjson')
const { documents, errors } = parseNdjson(readFileSync(FILE, 'utf8'), FILE)
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const ofType = (type: string) => documents.filter((doc) => doc._type === type)
const get = (id: string) => {
  const doc = byId.get(id)
  if (!doc) throw new Error(`${id} is missing from the bundled dataset`)
  return doc as DatasetDocument & Record<string, any>
}

/** Every `_ref` anywhere in a value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn)
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const own = typeof record._ref === 'string' ? [record._ref] : []
  return [...own, ...Object.values(record).flatMap(refsIn)]
}

describe('the bundled dataset as a whole', () => {
  let report: DatasetReport
  beforeAll(async () => {
    report = await validateDatasetFile(FILE)
  })

  test('every line parses', () => {
    expect(errors).toEqual([])
    expect(documents.length).toBeGreaterThan(90)
  })

  test('every document passes the schema validation with 0 errors', () => {
    const problems = report.problems.filter((problem) => problem.level === 'error')
    expect(problems).toEqual([])
    expect(report.documentCount).toBe(documents.length)
  })

  test('every reference resolves to a document in the file', () => {
    const dangling = documents.flatMap((doc) =>
      refsIn(doc)
        .filter((ref) => !byId.has(ref))
        .map((ref) => `${doc._id} → ${ref}`),
    )
    expect(dangling).toEqual([])
    expect(documents.flatMap(refsIn).length).toBeGreaterThan(100)
  })

  test('has no drafts, versions or system documents, and unique ids', () => {
    expect(documents.filter((doc) => /^(drafts|versions|_)\./.test(doc._id))).toEqual([])
    expect(byId.size).toBe(documents.length)
  })

  test('is in export format: system fields on every line, sorted by _id, ids are <type>.<slug>', () => {
    for (const doc of documents) {
      expect(Object.keys(doc).slice(0, 5)).toEqual([
        '_id',
        '_type',
        '_createdAt',
        '_updatedAt',
        '_rev',
      ])
      if (doc._type !== 'programme') {
        expect(doc._id).toBe(`${doc._type}.${(doc.slug as { current: string }).current}`)
      }
    }
    const ids = documents.map((doc) => doc._id)
    expect(ids).toEqual([...ids].sort())
    expect(get('programme')._type).toBe('programme')
  })
})

describe('facts from the sources', () => {
  test('holds the eight municipalities by name', () => {
    expect(
      ofType('municipality')
        .map((doc) => doc.name as string)
        .sort(),
    ).toEqual(
      [
        'Evenes',
        'Gratangen',
        'Harstad',
        'Ibestad',
        'Kvæfjord',
        'Lavangen',
        'Narvik',
        'Tjeldsund',
      ].sort(),
    )
  })

  test('Narvik has no Sámi name (the sources disagree), the others have one', () => {
    expect(get('municipality.narvik').sameName).toBeUndefined()
    expect(get('municipality.harstad').sameName).toBe('Hárstták')
    expect(ofType('municipality').filter((doc) => doc.sameName).length).toBe(7)
  })

  test.each([
    ['municipality.tjeldsund', ['Skånland', 'Tjeldsund'], '2020-01-01'],
    ['municipality.narvik', ['Ballangen', 'Tysfjord (den nordøstre delen)'], undefined],
  ])('%s records its merger (date only where sourced)', (id, names, date) => {
    const mergers = get(id).mergedFrom as { name: string; date?: string }[]
    expect(mergers.map((merger) => merger.name)).toEqual(names)
    for (const merger of mergers) expect(merger.date).toBe(date)
  })

  test('Harstad carries the sourced number and county history', () => {
    const harstad = get('municipality.harstad')
    expect(harstad.numberHistory.map((period: { number: string }) => period.number)).toEqual([
      '1903',
      '5402',
      '5503',
    ])
    expect(harstad.countyHistory[1]).toMatchObject({
      county: 'Troms og Finnmark',
      from: '2020-01-01',
      to: '2023-12-31',
    })
  })

  test('no switchboard phones, and no person carries a phone number or e-mail address', () => {
    expect(ofType('municipality').filter((doc) => doc.switchboardPhone || doc.postEmail)).toEqual(
      [],
    )
    expect(ofType('person').filter((doc) => doc.phone || doc.email)).toEqual([])
  })

  test('the Skaperkraft conference is on 2022-02-23', () => {
    const event = ofType('event').find((doc) => (doc.title as string).startsWith('Skaperkraft'))
    expect(event).toMatchObject({ startDate: '2022-02-23', datePrecision: 'day' })
  })

  test.each([
    ['Re:tenk-konferansen 2016', '2016-09-01', 'season'],
    ['Re:tenk-konferansen 2018', '2018-10-24', 'day'],
    ['Workshop om bærekraftig besøksforvaltning', '2019-06-12', 'day'],
    ['Kompetansekartlegging av næringsteamet', '2019-12-01', 'month'],
    ['Studietur til Bodø', '2021-11-01', 'month'],
  ])('event «%s» starts %s with precision %s', (title, startDate, datePrecision) => {
    expect(ofType('event').find((doc) => doc.title === title)).toMatchObject({
      startDate,
      datePrecision,
    })
  })

  test('exactly the two measures the sources mark «Under arbeid» are yellow; the rest are unreported', () => {
    const measures = ofType('measure') as (DatasetDocument & {
      status: { light: string; label?: string }
    })[]
    const yellow = measures.filter((doc) => doc.status.light === 'yellow')
    expect(yellow.map((doc) => doc._id).sort()).toEqual([
      'measure.folge-opp-utviklingsplaner-campus-narvik-og-campus-harstad-moteplan-2018-19',
      'measure.stimulere-til-innovasjon-kompetansebygging-og-utvikling-av-opplevelser-i-regionen',
    ])
    for (const doc of yellow) expect(doc.status.label).toBe('Under arbeid')
    const others = measures.filter((doc) => doc.status.light !== 'yellow')
    expect(new Set(others.map((doc) => doc.status.light))).toEqual(new Set(['unreported']))
  })

  test('five focus areas at programme start and nine in the 2020–2023 plan', () => {
    const count = (planId: string) =>
      ofType('focusArea').filter((doc) => (doc.plan as { _ref: string })._ref === planId).length
    expect(count('plan.retenk-utviklingsplan-for-sor-troms')).toBe(5)
    expect(count('plan.strategisk-plan-for-vekst-og-utvikling-2020-2023')).toBe(9)
    for (const slug of [
      'innovasjon-entreprenorskap',
      'kompetanse',
      'ung',
      'infrastruktur',
      'trender-fremtidsforskning',
    ]) {
      expect(byId.has(`focusArea.${slug}`)).toBe(true)
    }
  })

  test('the placeholder slug from retenk.no is gone', () => {
    expect(JSON.stringify(documents)).not.toContain('eksempel-pa-spp-bank')
    expect(get('goal.oppna-regional-avstandsreduksjon-ost-vest-og-nord-sor').title).toBe(
      'Oppnå regional avstandsreduksjon øst/vest og nord/sør',
    )
  })

  test('the programme runs 2018-11 → 2021-12 with a four-light legend and an accessibility statement', () => {
    const programme = get('programme')
    expect(programme).toMatchObject({ name: 'Program Drivkraft', siteTitle: 'Re:tenk' })
    expect(programme.period).toEqual({ start: '2018-11', end: '2021-12' })
    expect(programme.trafficLightLegend.map((entry: { light: string }) => entry.light)).toEqual([
      'green',
      'yellow',
      'red',
      'unreported',
    ])
    expect(programme.subGoals).toHaveLength(3)
    expect(get(programme.accessibilityStatement._ref).lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test('rich text exercises internal links', () => {
    const internal = documents.flatMap(
      (doc) => JSON.stringify(doc).match(/"_type":"internalLink"/g) ?? [],
    )
    expect(internal.length).toBeGreaterThanOrEqual(5)
  })
})
