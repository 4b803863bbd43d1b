import type { DatasetDocument } from '../../site/src/lib/content/parseNdjson.ts'
import {
  DATE_PRECISIONS,
  DIMENSIONS,
  EVENT_FORMATS,
  EVENT_TYPES,
  ORGANISATION_TYPES,
  RED_REASONS,
  RESPONSIBLE_HEADINGS,
  STATUS_LIGHTS,
  TEAM_ROLES,
} from '../../schemas/constants.ts'
import { richText } from './portableText.ts'
import type { Random } from './random.ts'
import { LAST_DAY, dateFromDay, ref, refs, slug } from './references.ts'
import { nbSlugify as slugify } from '../../schemas/validation/slugify.ts'
import { actionPhrase, paragraph, sentence } from './text.ts'

/** Ids the builders draw references from. */
export interface IdPools {
  municipalities: string[]
  people: string[]
  organisations: string[]
  measures: string[]
  focusAreas: string[]
  /** Titles by `_id`, filled as documents are built, so internal links get descriptive text. */
  titles: Map<string, string>
}

const SYNTHETIC = '(syntetisk)'
const titled = (title: string): { title: string; slug: { _type: 'slug'; current: string } } => ({
  title: `${title} ${SYNTHETIC}`,
  slug: slug(slugify(`${title} ${SYNTHETIC}`)),
})
const values = <T extends { value: string }>(list: readonly T[]): string[] =>
  list.map((e) => e.value)

const linkTarget = (pools: IdPools, id: string): { id: string; title: string } => ({
  id,
  title: pools.titles.get(id) ?? id,
})

const AREAS = [
  'Reiseliv',
  'Kompetanse',
  'Ung',
  'Sjømat',
  'Energi',
  'Infrastruktur',
  'Innovasjon',
  'Helse',
]

/** A strategic plan; `n` is 1-based. */
export function planDocument(random: Random, n: number, focusAreaIds: string[]): DatasetDocument {
  const startYear = 2016 + ((n - 1) % 4) * 2
  return {
    _id: `synthetic.plan.${n}`,
    _type: 'plan',
    ...titled(`Strategisk plan ${n}`),
    shortTitle: `Plan ${n} ${SYNTHETIC}`,
    period: { _type: 'yearRange', startYear, endYear: startYear + 3 },
    description: paragraph(random, 2),
    focusAreas: refs(focusAreaIds),
    crossCuttingThemes: random.sample(['Innovasjon', 'Kompetanse', 'Bærekraft'], 2),
    ...(n > 1 ? { predecessor: ref(`synthetic.plan.${n - 1}`) } : {}),
  }
}

/** A focus area belonging to one plan. */
export function focusAreaDocument(random: Random, n: number, planId: string): DatasetDocument {
  return {
    _id: `synthetic.focusArea.${n}`,
    _type: 'focusArea',
    ...titled(`${random.pick(AREAS)} ${n}`),
    order: n,
    plan: ref(planId),
    intro: paragraph(random, 2),
    overallGoal: `${actionPhrase(random)} i hele regionen`,
    guidingQuestions: [`Hvordan kan vi ${actionPhrase(random).toLowerCase()}?`],
    dimensions: random.sample(values(DIMENSIONS), random.int(1, 2)),
  }
}

/** A goal with one to three strategies; the strategy count is returned for its measures' `strategyKey`. */
export function goalDocument(
  random: Random,
  n: number,
  focusAreaId: string,
  pools: IdPools,
): DatasetDocument & { strategies: { _key: string }[] } {
  const strategies = Array.from({ length: random.int(1, 3) }, (_, index) => ({
    _key: `s${index + 1}`,
    _type: 'strategy',
    title: `${actionPhrase(random)} ${SYNTHETIC}`,
    description: sentence(random),
  }))
  const indicators = random.chance(0.3)
    ? [
        {
          _key: 'i1',
          _type: 'indicator',
          name: `Antall deltakende bedrifter ${SYNTHETIC}`,
          unit: 'bedrifter',
          baseline: random.int(0, 20),
          target: random.int(25, 60),
          values: [
            { _key: 'v1', _type: 'indicatorValue', date: '2019-12-31', value: random.int(5, 25) },
            { _key: 'v2', _type: 'indicatorValue', date: '2020-12-31', value: random.int(10, 40) },
          ],
        },
      ]
    : []
  return {
    _id: `synthetic.goal.${n}`,
    _type: 'goal',
    ...titled(`${actionPhrase(random)} – mål ${n}`),
    focusArea: ref(focusAreaId),
    order: n,
    strategies,
    description: richText(random, linkTarget(pools, focusAreaId)),
    contacts: refs(random.sample(pools.people, random.int(0, 2))),
    ...(indicators.length > 0 ? { indicators } : {}),
  }
}

const LIGHT_LABELS: Record<string, string> = { green: 'Gjennomført', yellow: 'Under arbeid' }

/** A measure status; `forceLight` lets the first measures cover every light at any size. */
function measureStatus(random: Random, forceLight: string | undefined): Record<string, unknown> {
  const roll = random.next()
  const light =
    forceLight ??
    (roll < 0.2 ? 'green' : roll < 0.55 ? 'yellow' : roll < 0.7 ? 'red' : 'unreported')
  if (light === 'unreported') return { _type: 'measureStatus', light }
  const reason = light === 'red' ? random.pick(RED_REASONS) : undefined
  return {
    _type: 'measureStatus',
    light,
    ...(reason ? { reason: reason.value, label: reason.title } : { label: LIGHT_LABELS[light] }),
    asOf: dateFromDay(random.int(LAST_DAY - 700, LAST_DAY)),
  }
}

/** Dated progress notes in ascending order, none after 2024. */
function progressLog(random: Random): Record<string, unknown>[] {
  let day = random.int(0, 400)
  return Array.from({ length: random.int(0, 3) }, (_, index) => {
    day = Math.min(LAST_DAY, day + random.int(30, 500))
    return {
      _key: `p${index + 1}`,
      _type: 'progressEntry',
      date: dateFromDay(day),
      title: `Status ${dateFromDay(day).slice(0, 7)}`,
      text: paragraph(random, 1),
      ...(random.chance(0.5) ? { light: random.pick(['yellow', 'green']) } : {}),
    }
  })
}

/** Up to four other measures near this one: constant work per measure, never itself. */
function relatedMeasures(random: Random, index: number, measureIds: string[]): string[] {
  const offsets = random.sample([1, 2, 3, 5, 8, 13], random.int(0, 4))
  const ids = offsets.map((offset) => measureIds[(index + offset) % measureIds.length]!)
  return [...new Set(ids)].filter((id) => id !== measureIds[index])
}

/** A measure under a goal; `index` is 0-based over all measures, `number` is «Tiltak n» within the goal. */
export function measureDocument(
  random: Random,
  index: number,
  number: number,
  goal: { _id: string; strategies: { _key: string }[] },
  pools: IdPools,
): DatasetDocument {
  const n = index + 1
  const start = random.int(0, LAST_DAY - 800)
  const responsibleParties = [pools.people, pools.municipalities, pools.organisations]
  return {
    _id: pools.measures[index]!,
    _type: 'measure',
    ...titled(`${actionPhrase(random)} – tiltak ${n}`),
    shortTitle: `Tiltak ${n} ${SYNTHETIC}`,
    goal: ref(goal._id),
    strategyKey: random.pick(goal.strategies)._key,
    number,
    status: measureStatus(
      random,
      index < STATUS_LIGHTS.length ? STATUS_LIGHTS[index]!.value : undefined,
    ),
    progressLog: progressLog(random),
    period: {
      _type: 'dateRange',
      start: dateFromDay(start),
      end: dateFromDay(start + random.int(90, 800)),
    },
    ...(random.chance(0.5)
      ? { deadline: { _type: 'deadline', text: `Ferdig innen ${2019 + random.int(0, 5)}` } }
      : {}),
    about: richText(random, linkTarget(pools, goal._id)),
    responsible: Array.from({ length: random.int(1, 2) }, (_, k) => ({
      _key: `a${k + 1}`,
      _type: 'responsibleParty',
      heading: random.pick(RESPONSIBLE_HEADINGS).value,
      party: ref(random.pick(random.pick(responsibleParties))),
    })),
    partners: refs(random.sample(pools.organisations, random.int(0, 2))),
    municipalities: refs(random.sample(pools.municipalities, random.int(1, 3))),
    relatedMeasures: refs(relatedMeasures(random, index, pools.measures)),
    links: random.chance(0.3)
      ? [
          {
            _key: 'k1',
            _type: 'link',
            title: 'Mer om tiltaket',
            url: `https://example.org/tiltak/${n}`,
          },
        ]
      : [],
    dimensions: random.sample(values(DIMENSIONS), random.int(1, 2)),
  }
}

const SEASON_MONTHS = [2, 5, 8, 11] as const

/** An event; dates honour `datePrecision` (the first day of the month, season or year). */
export function eventDocument(random: Random, n: number, pools: IdPools): DatasetDocument {
  const precision = random.chance(0.8) ? 'day' : random.pick(values(DATE_PRECISIONS))
  const day = new Date(`${dateFromDay(random.int(0, LAST_DAY - 10))}T00:00:00Z`)
  const year = day.getUTCFullYear()
  const month =
    precision === 'year'
      ? 0
      : precision === 'season'
        ? random.pick(SEASON_MONTHS)
        : day.getUTCMonth()
  const startDate =
    precision === 'day'
      ? day.toISOString().slice(0, 10)
      : new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10)
  const timed = precision === 'day' && random.chance(0.6)
  const eventType = random.pick(EVENT_TYPES)
  return {
    _id: `synthetic.event.${n}`,
    _type: 'event',
    ...titled(`${eventType.title} ${n}`),
    eventType: eventType.value,
    startDate,
    datePrecision: precision,
    ...(timed ? { startTime: '09:00', endTime: `1${random.int(2, 6)}:00` } : {}),
    format: random.pick(EVENT_FORMATS).value,
    location: {
      _type: 'eventLocation',
      name: `Møtested ${n} ${SYNTHETIC}`,
      municipality: ref(random.pick(pools.municipalities)),
    },
    organisers: refs(random.sample(pools.organisations, random.int(1, 2))),
    description: richText(random, linkTarget(pools, random.pick(pools.measures))),
    ...(random.chance(0.4) ? { registrationUrl: `https://example.org/pamelding/${n}` } : {}),
    focusAreas: refs([random.pick(pools.focusAreas)]),
    measures: refs(random.sample(pools.measures, random.int(1, 3))),
  }
}

/** A news item linking to measures, focus areas and municipalities. */
export function newsDocument(random: Random, n: number, pools: IdPools): DatasetDocument {
  return {
    _id: `synthetic.newsItem.${n}`,
    _type: 'newsItem',
    ...titled(`Nytt fra arbeidet: ${actionPhrase(random).toLowerCase()} ${n}`),
    publishedAt: `${dateFromDay(random.int(0, LAST_DAY))}T09:00:00Z`,
    lead: paragraph(random, 1),
    body: richText(random, linkTarget(pools, random.pick(pools.measures))),
    author: ref(random.pick(pools.people)),
    focusAreas: refs([random.pick(pools.focusAreas)]),
    measures: refs(random.sample(pools.measures, random.int(1, 3))),
    municipalities: refs(random.sample(pools.municipalities, random.int(1, 2))),
  }
}

/** A person with a role, named plainly as synthetic: we never invent a real-sounding name. */
export function personDocument(random: Random, n: number, pools: IdPools): DatasetDocument {
  const role = random.pick(TEAM_ROLES)
  const inTeam = random.chance(0.3)
  return {
    _id: pools.people[n - 1]!,
    _type: 'person',
    name: `Person ${n} ${SYNTHETIC}`,
    slug: slug(slugify(`Person ${n} ${SYNTHETIC}`)),
    role: role.title,
    ...(random.chance(0.5) ? { organisation: ref(random.pick(pools.organisations)) } : {}),
    municipality: ref(random.pick(pools.municipalities)),
    naeringsteam: inTeam,
    ...(inTeam ? { teamRole: role.value } : {}),
  }
}

/** An organisation of a random type. */
export function organisationDocument(random: Random, n: number, pools: IdPools): DatasetDocument {
  return {
    _id: pools.organisations[n - 1]!,
    _type: 'organisation',
    name: `Organisasjon ${n} ${SYNTHETIC}`,
    slug: slug(slugify(`Organisasjon ${n} ${SYNTHETIC}`)),
    shortName: `Org ${n}`,
    orgType: random.pick(ORGANISATION_TYPES).value,
    description: sentence(random),
  }
}
