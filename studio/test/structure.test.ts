import { evaluate, parse } from 'groq-js'
import { compileFieldPath } from 'sanity'
import { describe, expect, test } from 'vitest'
import * as fixtures from '../../schemas/test/fixtures/documents'
import { STATUS_LIGHTS } from '../../schemas/constants'
import { schema } from '../../schemas/test/fixtures/validate'
import { structure } from '../structure/index'
import { eventsItem } from '../structure/events'
import { childOf, item, offlineStructureBuilder, resolveChild } from './fixtures/structureBuilder'
import type { Node } from './fixtures/structureBuilder'

const S = offlineStructureBuilder()
const root = (structure(S, {} as never) as { serialize: () => Node }).serialize()

/** The ids a document list's filter selects from the fixture dataset, as the Content Lake would. */
async function selected(list: Node, dataset = fixtures.dataset): Promise<string[]> {
  const { filter, params = {} } = list.options ?? {}
  const result = await evaluate(parse(`*[${filter}]._id`, { params }), { dataset, params })
  return ((await result.get()) as string[]).sort()
}

describe('top level', () => {
  test('the programme is pinned first, then content grouped by concern', () => {
    expect(root.items?.filter((node) => node.type !== 'divider').map((node) => node.id)).toEqual([
      'programme',
      'measures',
      'framework',
      'municipalities',
      'events',
      'people',
      'organisations',
      'news',
      'pages',
    ])
  })

  test('the programme opens the one document with the fixed id', () => {
    expect(childOf(item(root, 'programme'))).toMatchObject({
      type: 'document',
      options: { id: 'programme', type: 'programme' },
    })
  })
})

describe('measures', () => {
  const measures = childOf(item(root, 'measures'))

  test('offers all, by focus area, by goal and by status', () => {
    expect(measures.items?.map((node) => node.id)).toEqual([
      'measures-all',
      'measures-by-focus-area',
      'measures-by-goal',
      'measures-by-status',
    ])
  })

  test('by status has one list per light, in legend order, each selecting its light', async () => {
    const byStatus = childOf(item(measures, 'measures-by-status'))
    expect(byStatus.items?.map((node) => node.id)).toEqual(
      STATUS_LIGHTS.map(({ value }) => `status-${value}`),
    )
    expect(await selected(childOf(item(byStatus, 'status-yellow')))).toEqual([fixtures.measure._id])
    expect(await selected(childOf(item(byStatus, 'status-unreported')))).toEqual([
      fixtures.otherMeasure._id,
    ])
    expect(await selected(childOf(item(byStatus, 'status-red')))).toEqual([])
  })

  test('by focus area selects the measures whose goal is in that focus area', async () => {
    const focusAreas = childOf(item(measures, 'measures-by-focus-area'))
    const list = await resolveChild(focusAreas, fixtures.focusArea._id)
    expect(await selected(list)).toEqual([fixtures.measure._id, fixtures.otherMeasure._id].sort())
    expect(await selected(await resolveChild(focusAreas, 'focusArea.other'))).toEqual([])
  })

  test('lists across goals sort by the goal’s title (followed through the reference), then number', async () => {
    const byStatus = childOf(item(measures, 'measures-by-status'))
    const focusAreas = childOf(item(measures, 'measures-by-focus-area'))
    for (const list of [
      childOf(item(byStatus, 'status-red')),
      await resolveChild(focusAreas, fixtures.focusArea._id),
    ]) {
      const ordering = list.options?.defaultOrdering ?? []
      expect(ordering.map(({ field }) => field)).toEqual(['goal.title', 'number'])
      expect(
        ordering.map(({ field }) =>
          compileFieldPath(schema.get('measure'), field, { strict: true }),
        ),
      ).toEqual(['goal->title', 'number'])
    }
  })

  test('by goal lists the goal’s measures and creates new ones under that goal', async () => {
    const goals = childOf(item(measures, 'measures-by-goal'))
    const list = await resolveChild(goals, fixtures.goal._id)
    expect(await selected(list)).toEqual([fixtures.measure._id, fixtures.otherMeasure._id].sort())
    expect(list.initialValueTemplates).toEqual([
      expect.objectContaining({
        templateId: 'measure-under-goal',
        parameters: { goalId: fixtures.goal._id },
      }),
    ])
  })
})

describe('events', () => {
  test.each([
    ['2018-10-23', [fixtures.event._id], []],
    ['2018-10-24', [fixtures.event._id], []],
    ['2018-10-25', [], [fixtures.event._id]],
  ])('on %s upcoming is %j and past is %j', async (today, upcoming, past) => {
    const events = (eventsItem(S, today).serialize() as Node).child as Node
    expect(await selected(childOf(item(events, 'events-upcoming')))).toEqual(upcoming)
    expect(await selected(childOf(item(events, 'events-past')))).toEqual(past)
  })

  // Known only by month, season or year: upcoming until the period's last day has passed, as on the site.
  const periodEvents = [
    { ...fixtures.event, _id: 'event.dag', startDate: '2026-12-01', datePrecision: 'day' },
    { ...fixtures.event, _id: 'event.desember', startDate: '2026-12-01', datePrecision: 'month' },
    { ...fixtures.event, _id: 'event.hosten', startDate: '2026-09-01', datePrecision: 'season' },
    { ...fixtures.event, _id: 'event.vinteren', startDate: '2026-12-01', datePrecision: 'season' },
    { ...fixtures.event, _id: 'event.aaret', startDate: '2026-01-01', datePrecision: 'year' },
    // An end date left over from day precision still counts when it is later than the period.
    {
      ...fixtures.event,
      _id: 'event.aaret-sluttdato',
      startDate: '2026-01-01',
      endDate: '2027-01-10',
      datePrecision: 'year',
    },
  ]
  /** `'dag hosten'` → the ids of those period events, sorted as `selected` sorts. */
  const periodIds = (names: string) =>
    names
      .split(' ')
      .filter(Boolean)
      .map((name) => `event.${name}`)
      .sort()

  test.each([
    ['2026-12-01', 'dag desember vinteren aaret aaret-sluttdato', 'hosten'],
    ['2026-12-02', 'desember vinteren aaret aaret-sluttdato', 'dag hosten'],
    ['2026-12-31', 'desember vinteren aaret aaret-sluttdato', 'dag hosten'],
    ['2027-01-01', 'vinteren aaret-sluttdato', 'dag desember hosten aaret'],
    ['2027-01-11', 'vinteren', 'dag desember hosten aaret aaret-sluttdato'],
    ['2027-02-28', 'vinteren', 'dag desember hosten aaret aaret-sluttdato'],
    ['2027-03-01', '', 'dag desember hosten vinteren aaret aaret-sluttdato'],
  ])('by period, on %s upcoming is [%s] and past is [%s]', async (today, upcoming, past) => {
    const events = (eventsItem(S, today).serialize() as Node).child as Node
    expect(await selected(childOf(item(events, 'events-upcoming')), periodEvents)).toEqual(
      periodIds(upcoming),
    )
    expect(await selected(childOf(item(events, 'events-past')), periodEvents)).toEqual(
      periodIds(past),
    )
  })

  test('an event without a precision counts as known to the day', async () => {
    const { datePrecision: _, ...withoutPrecision } = periodEvents[0]!
    const events = (eventsItem(S, '2026-12-02').serialize() as Node).child as Node
    expect(await selected(childOf(item(events, 'events-upcoming')), [withoutPrecision])).toEqual([])
    expect(await selected(childOf(item(events, 'events-past')), [withoutPrecision])).toEqual([
      'event.dag',
    ])
  })
})

describe('people', () => {
  test('the næringsteam list holds members only and creates members', async () => {
    const people = childOf(item(root, 'people'))
    const team = childOf(item(people, 'naeringsteam'))
    const member = { ...fixtures.person, _id: 'person.medlem', naeringsteam: true }
    expect(await selected(team, [...fixtures.dataset, member])).toEqual(['person.medlem'])
    expect(team.initialValueTemplates?.map((template) => template.templateId)).toEqual([
      'person-naeringsteam',
    ])
  })
})
