import { beforeAll, describe, expect, test } from 'vitest'
import { createContent, type Content } from '../../src/lib/content/createContent'
import { createLocalSource } from '../../src/lib/content/localSource'
import { findBundledDataset } from '../../src/lib/env'
import { formatEventDate } from '../../src/lib/format/formatEventDate'
import { SEARCH_KINDS, searchRecords, type SearchRecord } from '../../src/lib/search/searchRecords'

// The bundled dataset: the records the real site's search is built from.
let content: Content
let records: SearchRecord[]
beforeAll(async () => {
  content = createContent(createLocalSource(findBundledDataset(process.cwd())))
  records = await searchRecords(content)
})

const byUrl = (url: string) => records.find((record) => record.url === url)

describe('searchRecords over the bundled dataset', () => {
  test('one record per measure, goal, focus area, municipality, event and news item, URLs unique', async () => {
    const kinds = (kind: string) => records.filter((record) => record.kind === kind).length
    expect(kinds(SEARCH_KINDS.measure)).toBe((await content.getMeasures()).length)
    expect(kinds(SEARCH_KINDS.goal)).toBe((await content.getGoals()).length)
    expect(kinds(SEARCH_KINDS.focusArea)).toBe((await content.getFocusAreas()).length)
    expect(kinds(SEARCH_KINDS.municipality)).toBe((await content.getMunicipalities()).length)
    expect(kinds(SEARCH_KINDS.event)).toBe((await content.getEvents()).length)
    expect(kinds(SEARCH_KINDS.news)).toBe((await content.getNews()).length)
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length)
  })

  test('the /om/ pages each have a record: the programme, organisation, team and own pages', async () => {
    const about = records.filter((record) => record.kind === SEARCH_KINDS.about).map((r) => r.url)
    expect(about).toEqual(
      expect.arrayContaining(['/om/', '/om/organisering/', '/om/naeringsteam/']),
    )
    // The list of plans only links to the plans' pages, which are found instead.
    expect(about).not.toContain('/om/planer/')
    const statement = (await content.getProgramme()).accessibilityStatementSlug
    expect(about).toContain(`/om/${statement}/`)
  })

  test('a record leaves its title out of its text (Pagefind indexes it apart) and carries no placeholder text', () => {
    for (const record of records) {
      expect(record.content.trim(), record.url).not.toBe('')
      expect(record.content.startsWith(`${record.title}\n`), record.url).toBe(false)
      expect(record.content, record.url).not.toMatch(/\[object Object\]|\bundefined\b|\bnull\b/)
    }
  })

  test('an event record is found by its name and place', async () => {
    const skaperkraft = (await content.getEvents()).find((event) => /Skaperkraft/.test(event.title))
    expect(skaperkraft).toBeDefined()
    const record = byUrl(`/arrangementer/${skaperkraft!.slug}/`)
    expect(record?.kind).toBe('Arrangement')
    expect(record?.content).toContain('Skaperkraft')
    if (skaperkraft!.location?.name) expect(record?.content).toContain(skaperkraft!.location.name)
  })

  test('a measure record holds its status in words, its goal and the text of its description', async () => {
    const measure = (await content.getMeasures()).find((m) => m.goal && m.about.length > 0)
    expect(measure).toBeDefined()
    const record = byUrl(`/prosjekt/${measure!.slug}/`)!
    expect(record.content).toMatch(/^(Grønn|Gul|Rød|Ikke rapportert)/m)
    expect(record.content).toContain(`Mål: ${measure!.goal!.title}`)
    const firstSpan = measure!.about.flatMap((block) =>
      'children' in block && block.children ? block.children.map((child) => child.text ?? '') : [],
    )[0]
    expect(firstSpan && firstSpan.length > 0).toBe(true)
    expect(record.content).toContain(firstSpan!)
  })

  test('a measure is found by the names of the people responsible for it', async () => {
    const measures = await content.getMeasures()
    const withPerson = measures.filter((m) =>
      m.responsible.some((r) => r.party?._type === 'person'),
    )
    expect(withPerson.length).toBeGreaterThan(0)
    for (const measure of withPerson) {
      const record = byUrl(`/prosjekt/${measure.slug}/`)!
      for (const { party } of measure.responsible)
        if (party) expect(record.content).toContain(party.name)
    }
  })

  test('a responsible person is found by role and place as well («ordfører i Harstad»)', async () => {
    const placed = (await content.getMeasures()).flatMap((measure) =>
      measure.responsible.flatMap(({ party }) =>
        party?._type === 'person' && party.role && party.municipality ? [{ measure, party }] : [],
      ),
    )
    expect(placed.length).toBeGreaterThan(0)
    for (const { measure, party } of placed) {
      const record = byUrl(`/prosjekt/${measure.slug}/`)!
      expect(record.content).toContain(
        `${party.name} (${party.role!.toLowerCase()} i ${party.municipality}`,
      )
    }
  })

  test('«UNG» and «Ung» of two plans are found apart, by title and where they are named', async () => {
    expect(byUrl('/strategiomrader/ung/')?.title).toBe('UNG (Re:tenk)')
    expect(byUrl('/strategiomrader/ung-2020-2023/')?.title).toBe('Ung (Strategisk plan 2020–2023)')
    const named = [...(await content.getMeasures()), ...(await content.getGoals())].filter((page) =>
      page.focusArea?._id.startsWith('focusArea.ung'),
    )
    expect(named.length).toBeGreaterThan(0)
    for (const page of named)
      expect(byUrl(`/prosjekt/${page.slug}/`)?.content.split('\n')).toContain(
        `Strategiområde: ${page.focusArea!.label}`,
      )
  })

  test('an event record says when and what kind of event it is', async () => {
    const event = (await content.getEvents()).find((e) => e.datePrecision === 'day')!
    const record = byUrl(`/arrangementer/${event.slug}/`)!
    expect(record.content).toContain(formatEventDate(event).text)
  })

  test('every plan has a «Plan» record at its page with its period, owner, themes and focus areas', async () => {
    const plans = await content.getPlans()
    const planRecords = records.filter((record) => record.kind === SEARCH_KINDS.plan)
    expect(planRecords.map((record) => record.url)).toEqual(
      plans.map((plan) => `/om/planer/${plan.slug}/`),
    )
    const strategisk = plans.find((plan) => plan.period?.startYear === 2020)!
    const record = byUrl(`/om/planer/${strategisk.slug}/`)!
    expect(record.kind).toBe('Plan')
    expect(record.content).toContain('Periode: 2020–2023')
    expect(record.content).toContain(`Eier: ${strategisk.owner!.name}`)
    expect(record.content).toContain('FNs bærekraftsmål')
    expect(strategisk.focusAreas.length).toBe(9)
    for (const area of strategisk.focusAreas) expect(record.content).toContain(area.title)
  })

  test('the næringsteam record names every member', async () => {
    const team = (await content.getNaeringsteam()).flatMap((group) => group.people)
    expect(team.length).toBeGreaterThan(0)
    const record = byUrl('/om/naeringsteam/')!
    for (const person of team) expect(record.content).toContain(person.name)
  })
})
