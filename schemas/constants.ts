/**
 * Shared enumerations of the content model (docs/content-model.md). Schemas, Studio, site and scripts import
 * these lists; nobody restates a value or a title.
 */

/** Traffic-light values of a measure's status, with the legend text editors see. */
export const STATUS_LIGHTS = [
  { value: 'green', title: 'Grønn – gjennomført' },
  { value: 'yellow', title: 'Gul – under arbeid, i rute' },
  { value: 'red', title: 'Rød – avsluttet, ikke startet eller satt på pause' },
  { value: 'unreported', title: 'Ikke rapportert' }, // honest default: sources give no status for most measures
] as const

/** Why a measure is red. */
export const RED_REASONS = [
  { value: 'terminated', title: 'Avsluttet' },
  { value: 'notStarted', title: 'Ikke startet' },
  { value: 'paused', title: 'Satt på pause' },
] as const

/** The two regions that make up Hålogalandsrådet. */
export const REGIONS = [
  { value: 'sor-troms', title: 'Sør-Troms' },
  { value: 'ofoten', title: 'Ofoten' },
] as const

/** Dimensions of Attraktivitetsmodellen. */
export const DIMENSIONS = [
  { value: 'bedrift', title: 'Bedriftsattraktivitet' },
  { value: 'besok', title: 'Besøksattraktivitet' },
  { value: 'bosted', title: 'Bostedsattraktivitet' },
] as const

/** Headings of a measure's contact block, as used on retenk.no. */
export const RESPONSIBLE_HEADINGS = [
  { value: 'ansvarlig', title: 'Ansvarlig' },
  { value: 'prosjektleder', title: 'Prosjektleder' },
  { value: 'kontakt', title: 'Kontakt' },
] as const

/** Kinds of event. */
export const EVENT_TYPES = [
  { value: 'konferanse', title: 'Konferanse' },
  { value: 'studietur', title: 'Studietur' },
  { value: 'nettverkssamling', title: 'Nettverkssamling' },
  { value: 'kurs', title: 'Kurs/utdanning' },
  { value: 'workshop', title: 'Workshop' },
  { value: 'mote', title: 'Møte' },
] as const

/** How an event is held. */
export const EVENT_FORMATS = [
  { value: 'physical', title: 'Fysisk' },
  { value: 'digital', title: 'Digitalt' },
  { value: 'hybrid', title: 'Hybrid' },
] as const

/** How precisely an event's date is known. */
export const DATE_PRECISIONS = [
  { value: 'day', title: 'Dato' },
  { value: 'month', title: 'Måned' },
  { value: 'season', title: 'Årstid (vår/sommer/høst/vinter)' },
  { value: 'year', title: 'År' },
] as const

/** Title of the precision choice, the same wherever editors choose one (events, progress notes). */
export const DATE_PRECISION_TITLE = 'Hvor nøyaktig er datoen?'

/** Kinds of organisation. */
export const ORGANISATION_TYPES = [
  { value: 'regionrad', title: 'Regionråd / interkommunalt politisk råd' },
  { value: 'fylkeskommune', title: 'Fylkeskommune' },
  { value: 'kommune', title: 'Kommune' },
  { value: 'utdanning', title: 'Utdanning og forskning' },
  { value: 'destinasjonsselskap', title: 'Destinasjonsselskap' },
  { value: 'naeringsforening', title: 'Næringsforening' },
  { value: 'statlig', title: 'Statlig virksomhet' },
  { value: 'frivillig', title: 'Frivillig organisasjon / stiftelse' },
  { value: 'annet', title: 'Annet' },
] as const

/** Roles in the næringsteam. */
export const TEAM_ROLES = [
  { value: 'naeringssjef', title: 'Næringssjef' },
  { value: 'naeringsutvikler', title: 'Næringsutvikler' },
  { value: 'naeringsradgiver', title: 'Næringsrådgiver' },
  { value: 'prosjektleder', title: 'Prosjektleder' },
  { value: 'daglig-leder', title: 'Daglig leder' },
] as const

/** Roles in the programme organisation. */
export const PROGRAMME_ROLES = [
  { value: 'prosjekteier', title: 'Prosjekteier og styringsgruppe' },
  { value: 'leder-styringsgruppe', title: 'Leder av styringsgruppa' },
  { value: 'prosjektansvarlig', title: 'Prosjektansvarlig' },
  { value: 'prosjektledelse', title: 'Prosjektledelse' },
  { value: 'arbeidsgruppe', title: 'Prosjekt-/arbeidsgruppe' },
] as const

/** One entry of an enumeration above. */
export interface Choice<V extends string = string> {
  readonly value: V
  readonly title: string
}

/** The value union of an enumeration, e.g. `ValueOf<typeof STATUS_LIGHTS>`. */
export type ValueOf<L extends readonly Choice[]> = L[number]['value']

/** A traffic-light value. */
export type StatusLight = ValueOf<typeof STATUS_LIGHTS>

/** A reason for red. */
export type RedReason = ValueOf<typeof RED_REASONS>

/** The title of `value` in `list`, or undefined for an unknown value. */
export function titleOf<L extends readonly Choice[]>(
  list: L,
  value: string | undefined,
): string | undefined {
  return list.find((choice) => choice.value === value)?.title
}

/** Sanity `options.list` entries for an enumeration (a fresh mutable copy). */
export function listOptions<L extends readonly Choice[]>(
  list: L,
): { value: string; title: string }[] {
  return list.map(({ value, title }) => ({ value, title }))
}
