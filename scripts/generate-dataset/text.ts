import type { Random } from './random.ts'

// Word pools for plausible bokmål about regional business development. They carry no facts: every document that
// uses them is marked synthetic, and none of the words trips the placeholder checks (lorem ipsum, TODO, xxx).
const VERBS = [
  'Utvikle',
  'Styrke',
  'Etablere',
  'Kartlegge',
  'Utrede',
  'Samordne',
  'Følge opp',
  'Forbedre',
  'Bygge opp',
  'Videreføre',
] as const
const OBJECTS = [
  'samarbeidet om reiseliv',
  'tilbudet til unge gründere',
  'kompetansen i næringsteamet',
  'nettverket for sjømatnæringen',
  'digitale tjenester for næringslivet',
  'arbeidet med grønn omstilling',
  'rekrutteringen til regionen',
  'møteplasser mellom skole og arbeidsliv',
  'planene for bedre samferdsel',
  'satsingen på lokal matproduksjon',
  'tilretteleggingen for nye arbeidsplasser',
  'besøksforvaltningen i regionen',
] as const
const SUBJECTS = [
  'Kommunene',
  'Næringsteamet',
  'Regionrådet',
  'Arbeidsgruppa',
  'Prosjektledelsen',
  'Samarbeidspartnerne',
] as const
const ACTIONS = [
  'har samlet erfaringer fra',
  'legger fram en plan for',
  'ser nærmere på',
  'har invitert til dialog om',
  'vil prioritere',
  'har startet arbeidet med',
] as const
const TOPICS = [
  'felles tiltak på tvers av kommunegrensene',
  'hvordan små bedrifter kan vokse',
  'tilbud som gjør det attraktivt å bo i regionen',
  'bedre bruk av eksisterende kompetanse',
  'samarbeid med utdanningsinstitusjonene',
  'tiltak som gir flere besøkende hele året',
] as const
const CLOSINGS = [
  'Arbeidet skal evalueres underveis.',
  'Resultatene deles med alle kommunene.',
  'Innspill fra næringslivet tas med i neste fase.',
  'Tiltaket ses i sammenheng med andre tiltak under samme mål.',
  'Framdriften rapporteres til styringsgruppa.',
] as const

/** A measure-like title: verb and object, e.g. «Styrke samarbeidet om reiseliv». */
export function actionPhrase(random: Random): string {
  return `${random.pick(VERBS)} ${random.pick(OBJECTS)}`
}

/** One plausible bokmål sentence. */
export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(ACTIONS)} ${random.pick(TOPICS)}.`
}

/** A paragraph of `count` sentences ending with a closing remark. */
export function paragraph(random: Random, count: number): string {
  const sentences = Array.from({ length: count }, () => sentence(random))
  return [...sentences, random.pick(CLOSINGS)].join(' ')
}
