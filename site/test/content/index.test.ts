import { describe, expect, test } from 'vitest'
import {
  getEvents,
  getFocusAreas,
  getMeasures,
  getMunicipalities,
  getNaeringsteam,
  getPastEvents,
  getPlans,
  getProgramme,
  getProsjektPages,
  getStatusSummary,
  getUpcomingEvents,
} from '../../src/lib/content'

/*
 * The default getters, with no environment set, read the bundled dataset (studio/seed/production.ndjson, found by
 * walking up from the working directory). Facts asserted here come from FACTS.md and the programme's presentation.
 */
describe('the bundled dataset through the default getters', () => {
  test('the programme is Program Drivkraft, published as Re:tenk', async () => {
    const programme = await getProgramme()
    expect(programme).toMatchObject({ name: 'Program Drivkraft', siteTitle: 'Re:tenk' })
    expect(programme.legend.map((entry) => entry.light).sort()).toEqual([
      'green',
      'red',
      'unreported',
      'yellow',
    ])
    expect(programme.accessibilityStatementSlug).toBeTruthy()
  })

  test('the eight municipalities, by name', async () => {
    expect((await getMunicipalities()).map((m) => m.name)).toEqual([
      'Evenes',
      'Gratangen',
      'Harstad',
      'Ibestad',
      'Kvæfjord',
      'Lavangen',
      'Narvik',
      'Tjeldsund',
    ])
  })

  test('two plans: five focus areas at programme start, nine in 2020–2023', async () => {
    const plans = await getPlans()
    expect(plans).toHaveLength(2)
    const areas = await getFocusAreas()
    const perPlan = plans.map((plan) => areas.filter((area) => area.plan?._id === plan._id).length)
    expect(perPlan).toEqual([5, 9])
    expect(areas.slice(0, 5).map((area) => area.slug)).toContain('innovasjon-entreprenorskap')
  })

  test('«UNG» and «Ung» of two plans are labelled apart, every other focus area by its title', async () => {
    const areas = await getFocusAreas()
    const labelOf = new Map(areas.map((area) => [area._id, area.label]))
    expect(labelOf.get('focusArea.ung')).toBe('UNG (Re:tenk)')
    expect(labelOf.get('focusArea.ung-2020-2023')).toBe('Ung (Strategisk plan 2020–2023)')
    const others = areas.filter((area) => !area._id.startsWith('focusArea.ung'))
    expect(others.map((area) => area.label)).toEqual(others.map((area) => area.title))
    // Read aloud, no two labels sound alike.
    expect(new Set(areas.map((area) => area.label.toLocaleLowerCase('nb'))).size).toBe(areas.length)
    // The label travels with every reference to a focus area.
    const refs = [
      ...(await getPlans()).flatMap((plan) => plan.focusAreas),
      ...(await getMeasures()).map((measure) => measure.focusArea),
      ...(await getEvents()).flatMap((event) => event.focusAreas),
      ...(await getStatusSummary()).focusAreas.map((row) => row.focusArea),
    ]
    expect(refs.filter((ref) => ref && ref.label !== labelOf.get(ref._id))).toEqual([])
  })

  test('Skaperkraft on 2022-02-23 is upcoming that day in Oslo and past the next', async () => {
    const skaperkraft = (await getEvents()).find((event) => event.title.includes('Skaperkraft'))
    expect(skaperkraft).toMatchObject({ startDate: '2022-02-23' })
    const id = skaperkraft!._id
    const upcomingIds = async (now: string) =>
      (await getUpcomingEvents(new Date(now))).map((e) => e._id)
    const pastIds = async (now: string) => (await getPastEvents(new Date(now))).map((e) => e._id)
    expect(await upcomingIds('2022-02-22T23:30:00Z')).toContain(id) // 00:30 on the 23rd in Oslo
    expect(await pastIds('2022-02-22T23:30:00Z')).not.toContain(id)
    expect(await upcomingIds('2022-02-23T23:30:00Z')).not.toContain(id) // 00:30 on the 24th in Oslo
    expect(await pastIds('2022-02-23T23:30:00Z')).toContain(id)
  })

  test('the Re:tenk conference of 24 October 2018 and the workshop of 12 June 2019 are past events', async () => {
    const past = await getPastEvents(new Date('2026-01-01T00:00:00Z'))
    expect(past.map((e) => e.startDate)).toEqual(
      expect.arrayContaining(['2018-10-24', '2019-06-12']),
    )
  })

  test('statuses: only the two sourced «Under arbeid» measures are yellow, none red without a reason', async () => {
    const measures = await getMeasures()
    const yellow = measures.filter((m) => m.status.light === 'yellow')
    expect(yellow.map((m) => m.slug).sort()).toEqual([
      'folge-opp-utviklingsplaner-campus-narvik-og-campus-harstad-moteplan-2018-19',
      'stimulere-til-innovasjon-kompetansebygging-og-utvikling-av-opplevelser-i-regionen',
    ])
    expect(yellow.every((m) => m.status.label === 'Under arbeid')).toBe(true)
    const red = measures.filter((m) => m.status.light === 'red')
    expect(red.filter((m) => !m.status.reason)).toEqual([])
    const summary = await getStatusSummary()
    expect(summary.total.yellow).toBe(2)
    expect(Object.values(summary.total).reduce((a, b) => a + b, 0)).toBe(measures.length)
  })

  test('every measure has a goal, focus area and related measures, never itself', async () => {
    for (const measure of await getMeasures()) {
      expect(measure.goal, measure._id).not.toBeNull()
      expect(measure.focusArea, measure._id).not.toBeNull()
      expect(measure.related.length, measure._id).toBeLessThanOrEqual(4)
      expect(measure.related.map((r) => r._id)).not.toContain(measure._id)
      if (measure.strategyKey) expect(measure.strategy, measure._id).not.toBeNull()
    }
  })

  test('every goal and measure has its own /prosjekt/ slug', async () => {
    const pages = await getProsjektPages()
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length)
    expect(pages.length).toBe(
      (await getMeasures()).length + pages.filter((p) => p.kind === 'goal').length,
    )
  })

  test('the næringsteam is grouped by municipality', async () => {
    const groups = await getNaeringsteam()
    expect(groups.length).toBeGreaterThan(0)
    for (const group of groups) {
      for (const person of group.people) {
        expect(person.naeringsteam).toBe(true)
        expect(person.municipality?._id ?? null).toBe(group.municipality?._id ?? null)
      }
    }
  })
})
