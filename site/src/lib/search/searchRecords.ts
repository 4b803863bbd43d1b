import { toPlainText } from '@portabletext/toolkit'
import {
  EVENT_TYPES,
  PROGRAMME_ROLES,
  RESPONSIBLE_HEADINGS,
  titleOf,
} from '../../../../schemas/constants'
import { statusText } from '../../../../schemas/ui/statusText'
import type { Content } from '../content/createContent'
import type { Measure, PortableText } from '../content/types'
import { formatEventDate } from '../format/formatEventDate'
import { OWN_ROUTES } from '../om/ownRoutes'
import { personRoleAfterName } from '../people/personRole'
import {
  eventHref,
  focusAreaHref,
  municipalityHref,
  newsHref,
  pageHref,
  planHref,
  prosjektHref,
} from '../urls/hrefFor'

/**
 * What the search finds on one page: its URL, its title, the kind of page (shown with the hit) and the text to
 * index. Built from content, not scraped from the built HTML, so indexing can start before the pages are
 * written and never reads 10,000 files back (see docs/performance.md).
 */
export interface SearchRecord {
  url: string
  title: string
  kind: string
  content: string
}

/** The page kinds a hit can be, as visitors read them. */
export const SEARCH_KINDS = {
  measure: 'Tiltak',
  goal: 'Mål',
  focusArea: 'Strategiområde',
  municipality: 'Kommune',
  event: 'Arrangement',
  news: 'Nyhet',
  plan: 'Plan',
  about: 'Om programmet',
} as const

/** The text of some Portable Text, one paragraph per block; images and empty fields give nothing. */
function plain(blocks: PortableText | null | undefined): string {
  return blocks && blocks.length > 0 ? toPlainText(blocks as Parameters<typeof toPlainText>[0]) : ''
}

/** Joins the parts that have text, one per line. */
function text(...parts: Array<string | null | undefined | false>): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join('\n')
}

/**
 * «Prosjektleder: Kari Nordmann (ordfører i Harstad)» per responsible party, one per line, so that a search for
 * the role or the place finds the measure too.
 */
function responsibleLines(measure: Measure): string {
  return measure.responsible
    .flatMap(({ heading, party }) => {
      if (!party) return []
      const role = party._type === 'person' ? personRoleAfterName(party) : ''
      const who = role ? `${party.name} (${role})` : party.name
      return [`${titleOf(RESPONSIBLE_HEADINGS, heading) ?? 'Ansvarlig'}: ${who}`]
    })
    .join('\n')
}

const names = (items: ReadonlyArray<{ name: string }>): string =>
  items.map((item) => item.name).join(', ')
const titles = (items: ReadonlyArray<{ title: string }>): string =>
  items.map((item) => item.title).join(', ')

/**
 * One record per searchable page, in the order of the collections. The text is what the page says about its
 * subject (title, lead, body, status, where and by whom), not the lists and navigation around it.
 */
export async function searchRecords(content: Content): Promise<SearchRecord[]> {
  const [programme, focusAreas, goals, measures, municipalities, events, news, pages, plans, team] =
    await Promise.all([
      content.getProgramme(),
      content.getFocusAreas(),
      content.getGoals(),
      content.getMeasures(),
      content.getMunicipalities(),
      content.getEvents(),
      content.getNews(),
      content.getPages(),
      content.getPlans(),
      content.getNaeringsteam(),
    ])

  const records: SearchRecord[] = []
  // Pagefind indexes the title from `meta.title` and ranks a match there above one in the text, so the text
  // leaves the title out: a hit's excerpt then shows what the page says instead of its title a second time.
  const add = (url: string, title: string, kind: string, body: string) =>
    records.push({ url, title, kind, content: body.trim() === '' ? title : body })

  for (const measure of measures) {
    add(
      prosjektHref(measure.slug),
      measure.title,
      SEARCH_KINDS.measure,
      text(
        measure.number !== null && `Tiltak ${measure.number}`,
        measure.shortTitle !== measure.title && measure.shortTitle,
        statusText(measure.status),
        measure.goal && `Mål: ${measure.goal.title}`,
        measure.focusArea && `Strategiområde: ${measure.focusArea.label}`,
        measure.strategy?.title,
        plain(measure.about),
        responsibleLines(measure),
        measure.progressLog.map((entry) => text(entry.title, entry.text)).join('\n'),
        measure.municipalities.length > 0 && `Kommuner: ${names(measure.municipalities)}`,
        measure.partners.length > 0 && `Samarbeidspartnere: ${names(measure.partners)}`,
        measure.deadline?.text,
        measure.links.map((link) => link.title).join('\n'),
      ),
    )
  }
  for (const goal of goals) {
    add(
      prosjektHref(goal.slug),
      goal.title,
      SEARCH_KINDS.goal,
      text(
        goal.focusArea && `Strategiområde: ${goal.focusArea.label}`,
        plain(goal.description),
        goal.strategies.map((strategy) => text(strategy.title, strategy.description)).join('\n'),
        goal.indicators.map((indicator) => indicator.name).join('\n'),
        goal.contacts.length > 0 && `Kontakt: ${names(goal.contacts)}`,
      ),
    )
  }
  for (const focusArea of focusAreas) {
    add(
      focusAreaHref(focusArea.slug),
      focusArea.label,
      SEARCH_KINDS.focusArea,
      text(
        focusArea.intro,
        focusArea.overallGoal,
        focusArea.guidingQuestions.join('\n'),
        focusArea.goals.length > 0 && `Mål: ${titles(focusArea.goals)}`,
      ),
    )
  }
  for (const municipality of municipalities) {
    add(
      municipalityHref(municipality.slug),
      municipality.name,
      SEARCH_KINDS.municipality,
      text(
        municipality.sameName,
        municipality.adminCentre && `Administrasjonssenter: ${municipality.adminCentre}`,
        municipality.description,
        municipality.naeringsteam.length > 0 && `Næringsteam: ${names(municipality.naeringsteam)}`,
      ),
    )
  }
  for (const event of events) {
    add(
      eventHref(event.slug),
      event.title,
      SEARCH_KINDS.event,
      text(
        titleOf(EVENT_TYPES, event.eventType),
        formatEventDate(event).text,
        event.location?.name,
        event.location?.address,
        event.location?.municipality?.name,
        event.organisers.length > 0 && `Arrangør: ${names(event.organisers)}`,
        plain(event.description),
      ),
    )
  }
  for (const item of news) {
    add(
      newsHref(item.slug),
      item.title,
      SEARCH_KINDS.news,
      text(item.lead, plain(item.body), item.author && `Skrevet av ${item.author.name}`),
    )
  }

  for (const plan of plans) {
    const { startYear, endYear } = plan.period ?? {}
    add(
      planHref(plan.slug),
      plan.title,
      SEARCH_KINDS.plan,
      text(
        plan.shortTitle !== plan.title && plan.shortTitle,
        plan.description,
        startYear ? `Periode: ${[startYear, endYear].filter(Boolean).join('–')}` : null,
        plan.owner && `Eier: ${plan.owner.name}`,
        plan.crossCuttingThemes.length > 0 &&
          `Gjennomgående temaer: ${plan.crossCuttingThemes.join(', ')}`,
        plan.focusAreas.length > 0 && `Strategiområder: ${titles(plan.focusAreas)}`,
      ),
    )
  }

  // The pages under /om/: the programme, its organisation and team, and the editors' own pages. The list of
  // plans (/om/planer/) only links to the plans' own pages, which have records of their own.
  add(
    '/om/',
    `Om ${programme.name}`,
    SEARCH_KINDS.about,
    text(
      programme.owner && `Programeier: ${programme.owner.name}.`,
      programme.mainGoal,
      programme.subGoals
        .map((goal) => text(goal.title, goal.description, ...goal.results))
        .join('\n'),
      programme.phases.map((phase) => text(phase.title, phase.description)).join('\n'),
    ),
  )
  add(
    '/om/naeringsteam/',
    'Næringsteamet',
    SEARCH_KINDS.about,
    team
      .map((group) =>
        text(
          group.municipality?.name,
          ...group.people.map((person) => text(person.name, person.role)),
        ),
      )
      .join('\n'),
  )
  const organisering = pages.find((page) => page.slug === 'organisering')
  add(
    '/om/organisering/',
    organisering?.title ?? 'Organisering',
    SEARCH_KINDS.about,
    text(
      organisering?.lead,
      plain(organisering?.body),
      programme.roles
        .map((role) =>
          text(
            titleOf(PROGRAMME_ROLES, role.role),
            ...role.holders.map((holder) => text(holder.label, holder.organisation, holder.person)),
          ),
        )
        .join('\n'),
    ),
  )
  for (const page of pages.filter((candidate) => !OWN_ROUTES.includes(candidate.slug))) {
    add(pageHref(page.slug), page.title, SEARCH_KINDS.about, text(page.lead, plain(page.body)))
  }
  return records
}
