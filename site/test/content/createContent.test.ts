import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { createContent, type Content } from '../../src/lib/content/createContent'
import { createLocalSource } from '../../src/lib/content/localSource'
import { BUILD_TIME } from '../../src/lib/content/eventTiming'
import { DuplicateSlugError } from '../../src/lib/content/prosjektPages'

const FIXTURE = join(import.meta.dirname, 'fixtures', 'content.ndjson')

/** Getters over the fixture, optionally with the file text rewritten first. */
function fixtureContent(rewrite: (text: string) => string = (text) => text): Content {
  const text = rewrite(readFileSync(FIXTURE, 'utf8'))
  return createContent(createLocalSource(FIXTURE, { readText: async () => text }))
}

const ids = (items: Array<{ _id: string }>) => items.map((item) => item._id)

describe('createContent over the fixture', () => {
  let content: Content
  beforeAll(() => {
    content = fixtureContent()
  })

  test('the programme resolves holders to names, the accessibility statement to its slug', async () => {
    const programme = await content.getProgramme()
    expect(programme.roles[0]!.holders[0]).toMatchObject({
      label: 'Testrådet ved leder',
      organisation: 'Testrådet',
      person: 'Per Prosjekt',
    })
    expect(programme.accessibilityStatementSlug).toBe('tilgjengelighetserklaering')
    expect(programme.legend.map((entry) => entry.light)).toEqual([
      'green',
      'yellow',
      'red',
      'unreported',
    ])
    expect(programme.footer?.organisation?.name).toBe('Testrådet')
  })

  test('focus areas: plan oldest first, then order; goals by order; measures by number, unnumbered last', async () => {
    const areas = await content.getFocusAreas()
    expect(ids(areas)).toEqual(['focusArea.fa1', 'focusArea.fa2', 'focusArea.fb1'])
    expect(ids(areas[0]!.goals)).toEqual(['goal.g1', 'goal.g2'])
    expect(ids(areas[0]!.goals[0]!.measures)).toEqual([
      'measure.m1',
      'measure.m2',
      'measure.m3',
      'measure.m4',
    ])
    expect(areas[0]!.goals[0]!.strategies.map((s) => s.title)).toEqual([
      'Strategi en',
      'Strategi to',
    ])
    expect(areas[0]!.goals[0]!.measures[1]!.status).toEqual({
      light: 'red',
      reason: 'paused',
      label: null,
      asOf: null,
    })
    expect(areas[2]!.goals).toEqual([])
  })

  test('drafts never appear', async () => {
    const measures = await content.getMeasures()
    expect(measures.map((m) => m.title)).not.toContain('Utkast som aldri skal vises')
    expect(measures.map((m) => m.title)).not.toContain('Nytt utkast')
    expect(measures).toHaveLength(6)
  })

  test('red measures carry their reason', async () => {
    const red = (await content.getMeasures()).filter((m) => m.status.light === 'red')
    expect(red.map((m) => [m._id, m.status.reason])).toEqual([
      ['measure.m2', 'paused'],
      ['measure.m5', 'notStarted'],
    ])
  })

  test('a measure resolves goal, focus area, strategy and each kind of responsible party', async () => {
    const measures = await content.getMeasures()
    const m1 = measures.find((m) => m._id === 'measure.m1')!
    expect(m1.goal).toEqual({ _id: 'goal.g1', title: 'Mål en', slug: 'mal-en' })
    expect(m1.focusArea).toEqual({
      _id: 'focusArea.fa1',
      title: 'Gammel en',
      label: 'Gammel en',
      slug: 'gammel-en',
    })
    expect(m1.strategy).toMatchObject({ _key: 's1', title: 'Strategi en' })
    expect(m1.responsible.map((r) => [r.heading, r.party])).toEqual([
      [
        'ansvarlig',
        {
          _type: 'municipality',
          _id: 'municipality.alfa',
          name: 'Alfa kommune',
          slug: 'alfa',
          website: 'https://alfa.example.org',
          switchboardPhone: '12 34 56 71',
          postEmail: 'post@alfa.example.org',
        },
      ],
      [
        'kontakt',
        {
          _type: 'person',
          _id: 'person.kari-nering',
          name: 'Kari Nering',
          slug: 'kari-nering',
          role: 'Næringssjef',
          organisation: null,
          municipality: 'Alfa kommune',
        },
      ],
    ])
    const m2 = measures.find((m) => m._id === 'measure.m2')!
    expect(m2.responsible[0]!.party).toEqual({
      _type: 'organisation',
      _id: 'organisation.testrad',
      name: 'Testrådet',
      slug: 'testradet',
      website: 'https://example.org',
    })
    expect(m2.partners.map((p) => p.name)).toEqual(['Bedrift AS'])
    expect(measures.find((m) => m._id === 'measure.m4')!.strategy).toBeNull()
    expect(measures.find((m) => m._id === 'measure.m5')!.shortTitle).toBe('Fem')
    expect(measures.find((m) => m._id === 'measure.m6')!.shortTitle).toBe('Tiltak seks')
  })

  test.each([
    // no curated: same goal (by number, unnumbered last), then same focus area
    ['measure.m1', ['measure.m2', 'measure.m3', 'measure.m4', 'measure.m5']],
    // curated first in the editor's order; itself and a dangling reference dropped; then same goal
    ['measure.m2', ['measure.m6', 'measure.m5', 'measure.m1', 'measure.m3']],
    // alone in its goal: the focus area fills in
    ['measure.m5', ['measure.m1', 'measure.m2', 'measure.m3', 'measure.m4']],
    // alone in goal and focus area
    ['measure.m6', []],
  ])('related measures of %s', async (id, expected) => {
    const measure = (await content.getMeasures()).find((m) => m._id === id)!
    expect(ids(measure.related)).toEqual(expected)
    expect(ids(measure.related)).not.toContain(id)
  })

  test('portable text: internal links carry {_type, slug}, images pass through', async () => {
    const m1 = (await content.getMeasures()).find((m) => m._id === 'measure.m1')!
    const [block, image] = m1.about
    expect(block).toMatchObject({
      _type: 'block',
      markDefs: [{ _type: 'internalLink', _key: 'l1', target: { _type: 'goal', slug: 'mal-to' } }],
    })
    expect(image).toEqual({ _type: 'imageWithAlt', _key: 'i1', alt: 'Et bilde' })
    const page = (await content.getPages()).find((p) => p._id === 'page.om')!
    expect(page.body[0]).toMatchObject({
      markDefs: [{ target: { _type: 'municipality', slug: 'alfa' } }],
    })
  })

  test('focus areas carry the events tagged with them, by start date', async () => {
    const areas = new Map((await content.getFocusAreas()).map((area) => [area._id, area]))
    expect(ids(areas.get('focusArea.fa1')!.events)).toEqual(['event.verksted', 'event.todager'])
    expect(ids(areas.get('focusArea.fa2')!.events)).toEqual(['event.todager'])
    expect(areas.get('focusArea.fb1')!.events).toEqual([])
  })

  test('municipalities: by Norwegian name, with measures, events and næringsteam', async () => {
    const municipalities = await content.getMunicipalities()
    expect(municipalities.map((m) => m.name)).toEqual([
      'Alfa kommune',
      'Beta kommune',
      'Øvre kommune',
      'Ås kommune',
    ])
    const [alfa, beta] = municipalities
    expect(ids(alfa!.responsibleFor)).toEqual(['measure.m1'])
    expect(ids(alfa!.involvedIn)).toEqual([])
    expect(ids(beta!.responsibleFor)).toEqual([])
    expect(ids(beta!.involvedIn)).toEqual(['measure.m1', 'measure.m3'])
    expect(ids(alfa!.events)).toEqual(['event.fremtid'])
    expect(ids(beta!.events)).toEqual(['event.verksted'])
    expect(alfa!.naeringsteam.map((p) => p.name)).toEqual(['Anne Nering', 'Kari Nering'])
  })

  test('næringsteam grouped by municipality, people without one last', async () => {
    const groups = await content.getNaeringsteam()
    expect(groups.map((g) => [g.municipality?.name ?? null, g.people.map((p) => p.name)])).toEqual([
      ['Alfa kommune', ['Anne Nering', 'Kari Nering']],
      ['Beta kommune', ['Ola Nering']],
      [null, ['Lise Uten']],
    ])
  })

  test.each([
    // 2022-02-22T23:30Z is already 2022-02-23 in Oslo: the two-day event is on its last day
    ['2022-02-22T23:30:00Z', ['event.todager', 'event.fremtid'], ['event.verksted', 'event.host']],
    // 2022-02-23T23:30Z is 2022-02-24 in Oslo: over
    ['2022-02-23T23:30:00Z', ['event.fremtid'], ['event.todager', 'event.verksted', 'event.host']],
    [
      '2031-01-01T12:00:00Z',
      [],
      ['event.fremtid', 'event.todager', 'event.verksted', 'event.host'],
    ],
  ])('at %s upcoming %o, past %o', async (now, upcoming, past) => {
    expect(ids(await content.getUpcomingEvents(new Date(now)))).toEqual(upcoming)
    expect(ids(await content.getPastEvents(new Date(now)))).toEqual(past)
  })

  test('without a time, events split where the build started, however late the clock runs', async () => {
    const atStart = ids(await content.getUpcomingEvents(BUILD_TIME))
    expect(atStart).toContain('event.fremtid')
    vi.useFakeTimers({ now: new Date('2031-01-01T12:00:00Z') })
    try {
      expect(ids(await content.getUpcomingEvents())).toEqual(atStart)
      expect(ids(await content.getPastEvents())).toEqual(
        ids(await content.getPastEvents(BUILD_TIME)),
      )
    } finally {
      vi.useRealTimers()
    }
  })

  test('news newest first, pages and organisations by title/name', async () => {
    expect(ids(await content.getNews())).toEqual(['newsItem.nyere', 'newsItem.eldre'])
    expect((await content.getPages()).map((p) => p.title)).toEqual([
      'Om programmet',
      'Tilgjengelighetserklæring',
    ])
    expect((await content.getOrganisations()).map((o) => o.name)).toEqual([
      'Bedrift AS',
      'Testrådet',
    ])
    expect(ids(await content.getPlans())).toEqual(['plan.gammel', 'plan.ny'])
  })

  test('a plan lists the focus areas that point at it, in display order, not its own list', async () => {
    // plan.gammel's own list says fa2, fa1; the focus areas' order and plan references say fa1, fa2.
    const plans = await content.getPlans()
    expect(plans.map((plan) => [plan._id, ids(plan.focusAreas)])).toEqual([
      ['plan.gammel', ['focusArea.fa1', 'focusArea.fa2']],
      ['plan.ny', ['focusArea.fb1']],
    ])
    const moved = fixtureContent((text) =>
      text.replace(
        /("_id":"focusArea\.fb1".*?"plan":\{"_type":"reference","_ref":")plan\.ny/,
        '$1plan.gammel',
      ),
    )
    expect((await moved.getPlans()).map((plan) => ids(plan.focusAreas))).toEqual([
      ['focusArea.fa1', 'focusArea.fb1', 'focusArea.fa2'], // by `order`, then title
      [],
    ])
  })

  test('a focus area is labelled by its title while no other reads the same', async () => {
    const areas = await content.getFocusAreas()
    expect(areas.map((area) => area.label)).toEqual(areas.map((area) => area.title))
  })

  test('two focus areas whose titles read the same are labelled with their plans, wherever shown', async () => {
    const alike = fixtureContent((text) => text.replace('"title":"Ny en"', '"title":" GAMMEL EN "'))
    const labelOf = new Map([
      ['focusArea.fa1', 'Gammel en (Gammel plan)'],
      ['focusArea.fa2', 'Gammel to'],
      ['focusArea.fb1', 'GAMMEL EN (Ny plan)'],
    ])
    const labels = (refs: ReadonlyArray<{ _id: string; label: string } | null>) =>
      refs.map((ref) => ref && [ref._id, ref.label])
    const expected = (refs: ReadonlyArray<{ _id: string } | null>) =>
      refs.map((ref) => ref && [ref._id, labelOf.get(ref._id)])
    const [areas, plans, goals, measures, events, summary] = await Promise.all([
      alike.getFocusAreas(),
      alike.getPlans(),
      alike.getGoals(),
      alike.getMeasures(),
      alike.getEvents(),
      alike.getStatusSummary(),
    ])
    const shown = [
      areas,
      plans.flatMap((plan) => plan.focusAreas),
      goals.map((goal) => goal.focusArea),
      measures.map((measure) => measure.focusArea),
      goals.flatMap((goal) => goal.measures.map((measure) => measure.focusArea)),
      events.flatMap((event) => event.focusAreas),
      summary.focusAreas.map((row) => row.focusArea),
    ]
    expect(labels(areas)).toEqual([...labelOf])
    for (const refs of shown) expect(labels(refs)).toEqual(expected(refs))
    expect(events.flatMap((event) => event.focusAreas)).not.toHaveLength(0)
  })

  test('status summary counts every measure once per light and focus area', async () => {
    const summary = await content.getStatusSummary()
    expect(summary.lights).toEqual(['green', 'yellow', 'red', 'unreported'])
    expect(summary.total).toEqual({ green: 1, yellow: 1, red: 2, unreported: 2 })
    expect(summary.focusAreas.map((row) => [row.focusArea._id, row.counts, row.total])).toEqual([
      ['focusArea.fa1', { green: 1, yellow: 1, red: 2, unreported: 1 }, 5],
      ['focusArea.fa2', { green: 0, yellow: 0, red: 0, unreported: 1 }, 1],
      ['focusArea.fb1', { green: 0, yellow: 0, red: 0, unreported: 0 }, 0],
    ])
  })

  test('prosjekt pages hold every goal and measure by slug', async () => {
    const pages = await content.getProsjektPages()
    expect(pages.filter((p) => p.kind === 'goal').map((p) => p.slug)).toEqual([
      'mal-en',
      'mal-to',
      'mal-tre',
    ])
    expect(pages.filter((p) => p.kind === 'measure')).toHaveLength(6)
  })

  test('a slug shared by a goal and a measure is refused naming both ids', async () => {
    const clash = fixtureContent((text) =>
      text.replace('"current":"tiltak-tre"', '"current":"mal-en"'),
    )
    const error = await clash.getProsjektPages().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DuplicateSlugError)
    expect((error as Error).message).toContain('"goal.g1"')
    expect((error as Error).message).toContain('"measure.m3"')
    expect((error as Error).message).toContain('/prosjekt/mal-en/')
  })

  test('dangling references: dropped from lists, null as a single target or link target', async () => {
    const dangling = fixtureContent((text) =>
      text
        .replace('"_ref":"organisation.testbedrift"', '"_ref":"organisation.finnes-ikke"')
        .replace('"_ref":"goal.g2"}', '"_ref":"goal.finnes-ikke"}'),
    )
    const measures = await dangling.getMeasures()
    expect(measures.find((m) => m._id === 'measure.m2')!.partners).toEqual([])
    const m1 = measures.find((m) => m._id === 'measure.m1')!
    expect(m1.about[0]).toMatchObject({ markDefs: [{ _key: 'l1', target: null }] })
  })

  test('the summaries a measure appears in are one shared object', async () => {
    const [goals, measures, municipalities] = await Promise.all([
      content.getGoals(),
      content.getMeasures(),
      content.getMunicipalities(),
    ])
    const inGoal = goals.flatMap((goal) => goal.measures).find((m) => m._id === 'measure.m1')
    const inRelated = measures.flatMap((m) => m.related).find((m) => m._id === 'measure.m1')
    const inMunicipality = municipalities[0]!.responsibleFor[0]
    expect(inGoal).toBeDefined()
    expect(inRelated).toBe(inGoal)
    expect(inMunicipality).toBe(inGoal)
  })

  test('every getter hands out one memoised promise', () => {
    expect(content.getMeasures()).toBe(content.getMeasures())
    expect(content.getMunicipalities()).toBe(content.getMunicipalities())
  })
})
