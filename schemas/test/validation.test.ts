import type { Path, SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import * as fixtures from './fixtures/documents'
import { paragraph } from './fixtures/documents'
import { validate } from './fixtures/validate'

/** One rule: a change that trips it, where the marker lands, and a change that satisfies it. */
interface RuleCase {
  rule: string
  base: SanityDocument
  fail: (document: Record<string, any>) => void
  pass?: (document: Record<string, any>) => void
  level: 'error' | 'warning'
  path: Path
  message: RegExp
}

/** A copy of `base` with `change` applied. */
function variant(base: SanityDocument, change?: (document: Record<string, any>) => void) {
  const copy = structuredClone(base) as Record<string, any>
  change?.(copy)
  return copy as SanityDocument
}

const cases: RuleCase[] = [
  {
    rule: 'placeholder in a string field',
    base: fixtures.measure,
    fail: (d) => (d.shortTitle = 'Lorem ipsum havn'),
    pass: (d) => (d.shortTitle = 'Engenes fiskerihavn'),
    level: 'error',
    path: ['shortTitle'],
    message: /plassholderen «Lorem ipsum»/,
  },
  {
    rule: 'placeholder in a text field',
    base: fixtures.municipality,
    fail: (d) => (d.description = 'TODO: skriv om kommunen'),
    pass: (d) => (d.description = 'Kommunen ligger i Sør-Troms.'),
    level: 'error',
    path: ['description'],
    message: /«TODO».*Erstatt/,
  },
  {
    rule: 'placeholder in Portable Text',
    base: fixtures.goal,
    fail: (d) => (d.description = paragraph('Informasjon: dolor sit amet, consectetur.')),
    level: 'error',
    path: ['description', { _key: 'b1' }, 'children', { _key: 's1' }, 'text'],
    message: /dolor sit amet/,
  },
  {
    rule: 'placeholder in a nested object',
    base: fixtures.measure,
    fail: (d) => (d.progressLog[1].text = 'xxx'),
    level: 'error',
    path: ['progressLog', { _key: 'p2' }, 'text'],
    message: /«xxx»/,
  },
  {
    rule: 'placeholder in the programme singleton',
    base: fixtures.programme,
    fail: (d) => (d.tagline = 'Placeholder'),
    pass: (d) => (d.tagline = 'Samarbeid for vekst'),
    level: 'error',
    path: ['tagline'],
    message: /«Placeholder»/,
  },
  ...['eksempel-pa-spp-bank-5', 'test', 'untitled', 'ny-side', 'kopi-av-havn'].map(
    (slug): RuleCase => ({
      rule: `placeholder slug «${slug}»`,
      base: fixtures.page,
      fail: (d) => (d.slug.current = slug),
      level: 'error',
      path: ['slug'],
      message: /plassholder-adresse.*Generer/,
    }),
  ),
  {
    rule: 'slug with illegal characters',
    base: fixtures.page,
    fail: (d) => (d.slug.current = 'Tilgjengelighet erklæring'),
    level: 'error',
    path: ['slug'],
    message: /små bokstaver/,
  },
  {
    rule: 'event slug taken by the list of upcoming events',
    base: fixtures.event,
    fail: (d) => {
      d.title = 'Kommende'
      d.slug.current = 'kommende'
    },
    pass: (d) => {
      d.title = 'Kommende'
      d.slug.current = 'kommende-2026'
    },
    level: 'error',
    path: ['slug'],
    message: /«kommende» er adressen til listen over kommende arrangementer/,
  },
  {
    rule: 'event slug taken by the calendar of all events',
    base: fixtures.event,
    fail: (d) => {
      d.title = 'Kalender'
      d.slug.current = 'kalender'
    },
    pass: (d) => {
      d.title = 'Kalender'
      d.slug.current = 'kalender-2026'
    },
    level: 'error',
    path: ['slug'],
    message: /«kalender» er adressen til kalenderfilen med alle arrangementer/,
  },
  {
    rule: 'measure slug a goal already has (both live at /prosjekt/<slug>/)',
    base: fixtures.measure,
    fail: (d) => (d.slug.current = 'bedre-infrastruktur'),
    level: 'error',
    path: ['slug'],
    message:
      /Adressen brukes allerede av et mål eller tiltak \(målet «Bedre infrastruktur»\)\. .*velg en annen/,
  },
  {
    rule: 'goal slug a measure already has',
    base: fixtures.goal,
    fail: (d) => (d.slug.current = 'utbedre-rv83'),
    level: 'error',
    path: ['slug'],
    message: /brukes allerede av et mål eller tiltak \(tiltaket «Utbedre RV83»\)/,
  },
  {
    rule: 'slug not derived from the title (truncated at the start)',
    base: fixtures.measure,
    fail: (d) => (d.slug.current = 'utbyggingen-av-engenes-fiskerihavn'),
    pass: (d) => (d.slug.current = 'sikre-utbyggingen'),
    level: 'warning',
    path: ['slug'],
    message: /ikke ut til å komme fra tittelen.*sikre-utbyggingen-av-engenes-fiskerihavn/,
  },
  {
    rule: 'slug not derived from the name',
    base: fixtures.municipality,
    fail: (d) => (d.slug.current = 'narvik'),
    level: 'warning',
    path: ['slug'],
    message: /«harstad»/,
  },
  {
    rule: 'measure without status',
    base: fixtures.measure,
    fail: (d) => delete d.status,
    level: 'error',
    path: ['status'],
    message: /Velg en status.*Ikke rapportert/,
  },
  {
    rule: 'status without a light',
    base: fixtures.measure,
    fail: (d) => delete d.status.light,
    pass: (d) => (d.status.light = 'unreported'),
    level: 'error',
    path: ['status', 'light'],
    message: /Velg en status/,
  },
  {
    rule: 'red without a reason',
    base: fixtures.measure,
    fail: (d) => (d.status.light = 'red'),
    pass: (d) => Object.assign(d.status, { light: 'red', reason: 'paused' }),
    level: 'error',
    path: ['status', 'reason'],
    message: /Rød status må ha en årsak/,
  },
  {
    rule: 'dateRange ending before it starts',
    base: fixtures.measure,
    fail: (d) => (d.period.end = '2017-12-31'),
    pass: (d) => (d.period.end = '2018-02-21'),
    level: 'error',
    path: ['period', 'end'],
    message: /Slutten \(2017-12-31\) ligger før starten \(2018-02-21\)/,
  },
  {
    rule: 'monthRange ending before it starts',
    base: fixtures.programme,
    fail: (d) => (d.period.end = '2018-10'),
    pass: (d) => delete d.period.end,
    level: 'error',
    path: ['period', 'end'],
    message: /ligger før starten/,
  },
  {
    rule: 'yearRange ending in a year before it starts',
    base: fixtures.plan,
    fail: (d) => Object.assign(d.period, { startYear: 2020, endYear: 2019 }),
    pass: (d) => Object.assign(d.period, { startYear: 2020, endYear: 2020 }),
    level: 'error',
    path: ['period', 'endYear'],
    message: /«Til år» \(2019\) er før «Fra år» \(2020\)/,
  },
  {
    rule: 'dated history ending before it starts',
    base: fixtures.municipality,
    fail: (d) => (d.countyHistory[0].to = '1899-12-31'),
    level: 'error',
    path: ['countyHistory', { _key: 'c1' }, 'to'],
    message: /ligger før starten/,
  },
  {
    rule: 'event ending on an earlier day',
    base: fixtures.event,
    fail: (d) => (d.endDate = '2018-10-23'),
    pass: (d) => (d.endDate = '2018-10-25'),
    level: 'error',
    path: ['endDate'],
    message: /ligger før starten/,
  },
  {
    rule: 'one-day event ending before it starts',
    base: fixtures.event,
    fail: (d) => (d.endTime = '08:30'),
    pass: (d) => Object.assign(d, { endTime: '08:30', endDate: '2018-10-25' }),
    level: 'error',
    path: ['endTime'],
    message: /Sluttiden \(08:30\) er før starttiden \(09:00\)/,
  },
  {
    rule: 'clock time on an event known only by month',
    base: fixtures.event,
    fail: (d) => (d.datePrecision = 'month'),
    pass: (d) =>
      Object.assign(d, { datePrecision: 'month', startTime: undefined, endTime: undefined }),
    level: 'warning',
    path: ['startTime'],
    message: /bare måned, årstid eller år.*Tøm feltet/,
  },
  {
    rule: 'progress log out of order',
    base: fixtures.measure,
    fail: (d) => d.progressLog.reverse(),
    level: 'error',
    path: ['progressLog', { _key: 'p1' }, 'date'],
    message: /eldste notat først/,
  },
  {
    rule: 'progress log entry in the future',
    base: fixtures.measure,
    fail: (d) => (d.progressLog[1].date = '2999-01-01'),
    level: 'error',
    path: ['progressLog', { _key: 'p2' }, 'date'],
    message: /fram i tid/,
  },
  {
    rule: 'malformed e-mail',
    base: fixtures.municipality,
    fail: (d) => (d.postEmail = 'postmottak@harstad'),
    level: 'error',
    path: ['postEmail'],
    message: /navn@domene\.no/,
  },
  {
    rule: 'malformed e-mail on a person',
    base: fixtures.person,
    fail: (d) => (d.email = 'ola nordmann@halogalandsradet.no'),
    level: 'error',
    path: ['email'],
    message: /navn@domene\.no/,
  },
  {
    rule: 'URL without scheme',
    base: fixtures.organisation,
    fail: (d) => (d.website = 'www.halogalandsradet.no'),
    level: 'error',
    path: ['website'],
    message: /begynner med https:\/\//,
  },
  {
    rule: 'URL without a domain',
    base: fixtures.municipality,
    fail: (d) => (d.website = 'https://harstad'),
    level: 'error',
    path: ['website'],
    message: /med domene/,
  },
  ...(
    [
      [fixtures.organisation, ['website']],
      [fixtures.municipality, ['website']],
      [fixtures.programme, ['footerContact', 'website']],
    ] as const
  ).map(([base, path]): RuleCase => ({
    rule: `${base._type}.${path.join('.')} as an e-mail address`,
    base,
    fail: (d) => {
      const parent = path.length === 2 ? (d[path[0]] ??= { _type: 'footerContact' }) : d
      parent.website = 'mailto:post@halogalandsradet.no'
    },
    level: 'error',
    path: [...path],
    message: /https:\/\/ eller http:\/\/.*En e-postadresse hører ikke hjemme her/,
  })),
  {
    rule: 'link with a disallowed scheme',
    base: fixtures.measure,
    fail: (d) => (d.links[0].url = 'ftp://retenk.no/plan.pdf'),
    level: 'error',
    path: ['links', { _key: 'l1' }, 'url'],
    message: /https:\/\/, http:\/\/ eller mailto:/,
  },
  {
    rule: 'link without an address',
    base: fixtures.measure,
    fail: (d) => delete d.links[0].url,
    level: 'error',
    path: ['links', { _key: 'l1' }, 'url'],
    message: /Lim inn hele adressen/,
  },
  {
    rule: 'malformed Norwegian phone',
    base: fixtures.municipality,
    fail: (d) => (d.switchboardPhone = '77 02 30'),
    pass: (d) => (d.switchboardPhone = '+4712345678'),
    level: 'error',
    path: ['switchboardPhone'],
    message: /8 sifre/,
  },
  {
    rule: 'related measure pointing at itself',
    base: fixtures.measure,
    fail: (d) => d.relatedMeasures.push({ _type: 'reference', _key: 'self', _ref: d._id }),
    level: 'error',
    path: ['relatedMeasures', { _key: 'self' }],
    message: /relatert til seg selv/,
  },
  {
    rule: 'the same document twice in a reference list',
    base: fixtures.measure,
    fail: (d) =>
      (d.partners = ['a1', 'a2'].map((_key) => ({
        _type: 'reference',
        _key,
        _ref: fixtures.organisation._id,
      }))),
    pass: (d) =>
      (d.partners = [{ _type: 'reference', _key: 'a1', _ref: fixtures.organisation._id }]),
    level: 'error',
    path: ['partners', { _key: 'a2' }],
    message: /Samme dokument er valgt to ganger/,
  },
  {
    rule: 'the same related measure twice',
    base: fixtures.measure,
    fail: (d) => d.relatedMeasures.push({ ...d.relatedMeasures[0], _key: 'r2' }),
    level: 'error',
    path: ['relatedMeasures', { _key: 'r2' }],
    message: /Samme dokument er valgt to ganger/,
  },
  {
    rule: 'strategy that is not one of the goal’s',
    base: fixtures.measure,
    fail: (d) => (d.strategyKey = 'k9'),
    level: 'error',
    path: ['strategyKey'],
    message: /«k9» er ikke en strategi.*k1 \(«Samferdsel»\)/,
  },
  {
    rule: 'person e-mail outside the organisation’s domain',
    base: fixtures.person,
    fail: (d) => (d.email = 'ola.nordmann@harstad.kommune.no'),
    pass: (d) => (d.email = 'ola.nordmann@post.halogalandsradet.no'),
    level: 'warning',
    path: ['email'],
    message: /@harstad\.kommune\.no.*halogalandsradet\.no/,
  },
  {
    rule: 'næringsteam member without a municipality',
    base: fixtures.person,
    fail: (d) => (d.naeringsteam = true),
    pass: (d) =>
      Object.assign(d, {
        naeringsteam: true,
        municipality: { _type: 'reference', _ref: fixtures.municipality._id },
      }),
    level: 'warning',
    path: ['municipality'],
    message: /Velg kommunen personen jobber i.*«Felles for regionen»/,
  },
  {
    rule: 'search title longer than search results show',
    base: fixtures.newsItem,
    fail: (d) => (d.seo = { _type: 'seo', title: 'Ny havn i Engenes '.repeat(4) }),
    pass: (d) => (d.seo = { _type: 'seo', title: 'Ny havn i Engenes' }),
    level: 'warning',
    path: ['seo', 'title'],
    message: /over 60 tegn og kan bli kuttet i søkeresultater/,
  },
  {
    rule: 'search description longer than search results show',
    base: fixtures.newsItem,
    fail: (d) => (d.seo = { _type: 'seo', description: 'Havna er ferdig. '.repeat(10) }),
    level: 'warning',
    path: ['seo', 'description'],
    message: /over 160 tegn og kan bli kuttet i søkeresultater/,
  },
  {
    rule: 'traffic-light legend missing a light',
    base: fixtures.programme,
    fail: (d) => d.trafficLightLegend.pop(),
    level: 'error',
    path: ['trafficLightLegend'],
    message: /Legg til forklaring for: Ikke rapportert/,
  },
  {
    rule: 'traffic-light legend with a light twice',
    base: fixtures.programme,
    fail: (d) => (d.trafficLightLegend[1].light = 'green'),
    level: 'error',
    path: ['trafficLightLegend'],
    message: /Fjern doble forklaringer for: Grønn/,
  },
]

describe('fixtures', () => {
  test.each(fixtures.dataset.map((document) => [document._id, document] as const))(
    '%s passes every rule',
    async (_id, document) => {
      expect(await validate(document)).toEqual([])
    },
  )
})

describe('goal and measure slugs across types', () => {
  const slug = 'sikre-utbyggingen-av-engenes-fiskerihavn'
  const withSlug = (id: string, type = 'goal') =>
    ({
      ...fixtures.goal,
      _id: id,
      _type: type,
      slug: { _type: 'slug', current: slug },
    }) as SanityDocument
  const clashes = async (document: SanityDocument, extra: SanityDocument[]) =>
    (await validate(document, [...fixtures.dataset, ...extra])).filter(
      (marker) => marker.level === 'error' && marker.path[0] === 'slug',
    )

  test.each([
    ['a draft of another goal', withSlug('drafts.goal.utkast')],
    ['a release version of another goal', withSlug('versions.rHost.goal.utkast')],
  ])('%s does not count', async (_name, other) => {
    expect(await clashes(fixtures.measure, [other])).toEqual([])
  })

  test('the draft of a published measure does not clash with that measure', async () => {
    const draft = { ...fixtures.measure, _id: `drafts.${fixtures.measure._id}` } as SanityDocument
    expect(await clashes(draft, [])).toEqual([])
  })

  test('a goal draft is checked against the published measure', async () => {
    expect(await clashes(withSlug('drafts.goal.ny'), [])).toHaveLength(1)
  })

  test('another published measure with the slug clashes, once', async () => {
    expect(await clashes(fixtures.measure, [withSlug('measure.kopi', 'measure')])).toHaveLength(1)
  })
})

describe('rules', () => {
  test.each(cases)('$rule: tripped', async ({ base, fail, level, path, message }) => {
    const markers = await validate(variant(base, fail))
    const hit = markers.filter((marker) => marker.level === level && message.test(marker.message))
    expect(hit.map((marker) => marker.path)).toContainEqual(path)
  })

  test.each(cases)('$rule: satisfied', async ({ base, pass }) => {
    expect(await validate(variant(base, pass))).toEqual([])
  })
})
