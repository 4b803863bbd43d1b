/**
 * The content module: the only place that knows where content comes from. Pages call these getters and never see
 * a client, a dataset path or a query string. Source: `DRIVKRAFT_DATASET` or the bundled
 * `studio/seed/production.ndjson` through groq-js, or a Content Lake when `SANITY_PROJECT_ID` + `SANITY_DATASET`
 * are set (see `../env.ts`). Every getter is async and memoised per process: one query per collection. Goals,
 * measures, events and news are fetched as stored and joined here through `_id` maps (`./lookups.ts`, `./rows.ts`):
 * groq-js is slow at projections and dereferences, and the same query strings go to the Content Lake.
 *
 * Getters (types in `./types.ts`):
 * - getProgramme(): Programme — name, siteTitle, tagline, owner, mainGoal, subGoals[], period, phases[],
 *   roles[] {role, holders[] {label, period, organisation (name), person (name)}}, legend[] {light, label,
 *   description}, nav[] {title, href}, footer {text, email, phone, website, organisation}, accessibilityStatementSlug
 * - getPlans(): Plan[] — oldest first, with period {startYear, endYear} and focusAreas[] {_id, title, label, slug}:
 *   the focus areas whose `plan` points at it, in display order
 * - getFocusAreas(): FocusArea[] — in order (plan, then `order`), each with plan and goals: Goal[]. Every focus
 *   area, here and wherever another document shows it, has a `label` to name it by: its title, with its plan's short
 *   title in parentheses when another focus area's title reads the same («UNG (Re:tenk)»)
 * - getGoals(): Goal[] — in order, each with focusArea, strategies[], description (Portable Text), contacts[],
 *   indicators[], measures: MeasureSummary[] (by number; {_id, title, shortTitle, slug, number, strategyKey,
 *   status {light, reason, label, asOf}, goal, focusArea})
 * - getMeasures(): Measure[] — goal, focusArea, strategy {_key, title, description} | null, status, progressLog[],
 *   period, deadline, about (Portable Text), responsible[] {heading, note, party: person {name, role,
 *   organisation} | municipality {name, slug, website, switchboardPhone, postEmail} | organisation {name,
 *   website}}, partners[], municipalities[], links[], dimensions[], related: MeasureSummary[] (≤ 4)
 * - getProsjektPages(): ProsjektPage[] — {kind: 'goal', slug, goal} | {kind: 'measure', slug, measure}
 * - getMunicipalities(): Municipality[] — by name, with responsibleFor[], involvedIn[] (MeasureSummary),
 *   events: EventItem[], naeringsteam: Person[]
 * - getEvents(): EventItem[] — by start date; getUpcomingEvents(now?) soonest first, getPastEvents(now?) most
 *   recent first (Oslo calendar; an event is upcoming until its last day has passed)
 * - getPeople(): Person[] — by name; getNaeringsteam(): NaeringsteamGroup[] {municipality, people[]}
 * - getNews(): NewsItem[] — newest first; getPages(): Page[]; getOrganisations(): Organisation[]
 * - getStatusSummary(): StatusSummary — {lights, total, focusAreas[] {focusArea, counts, total}}
 * Portable Text fields come with internal links resolved: markDefs[] of `_type: 'internalLink'` carry
 * `target: {_type, slug}`.
 */
import { createContent, type Content } from './createContent'
import { providedContent } from './share'
import { getSource } from './source'

export type * from './types'
export { DuplicateSlugError } from './prosjektPages'

let content: Content | undefined

/**
 * The content of this process: what the build provided (`share.ts`), else the getters of this process's source,
 * created on first use (so importing never reads the environment).
 */
function current(): Content {
  content ??= providedContent() ?? createContent(getSource())
  return content
}

/** The programme singleton. */
export const getProgramme: Content['getProgramme'] = () => current().getProgramme()
/** Plans, oldest first, each with its focus areas. */
export const getPlans: Content['getPlans'] = () => current().getPlans()
/** Focus areas in order with goals, strategies and measures. */
export const getFocusAreas: Content['getFocusAreas'] = () => current().getFocusAreas()
/** Goals in order with their measures. */
export const getGoals: Content['getGoals'] = () => current().getGoals()
/** Measures with goal, strategy, responsible parties and related measures. */
export const getMeasures: Content['getMeasures'] = () => current().getMeasures()
/** Goals and measures by slug for `/prosjekt/<slug>/`. */
export const getProsjektPages: Content['getProsjektPages'] = () => current().getProsjektPages()
/** Municipalities with their measures, events and næringsteam. */
export const getMunicipalities: Content['getMunicipalities'] = () => current().getMunicipalities()
/** Every event by start date. */
export const getEvents: Content['getEvents'] = () => current().getEvents()
/** Events not yet over in Oslo at `now`. */
export const getUpcomingEvents: Content['getUpcomingEvents'] = (now) =>
  current().getUpcomingEvents(now)
/** Events over in Oslo at `now`, most recent first. */
export const getPastEvents: Content['getPastEvents'] = (now) => current().getPastEvents(now)
/** Every person by name. */
export const getPeople: Content['getPeople'] = () => current().getPeople()
/** Næringsteam members grouped by municipality. */
export const getNaeringsteam: Content['getNaeringsteam'] = () => current().getNaeringsteam()
/** News, newest first. */
export const getNews: Content['getNews'] = () => current().getNews()
/** Pages by title. */
export const getPages: Content['getPages'] = () => current().getPages()
/** Organisations by name. */
export const getOrganisations: Content['getOrganisations'] = () => current().getOrganisations()
/** Measures per light, per focus area and in total. */
export const getStatusSummary: Content['getStatusSummary'] = () => current().getStatusSummary()
