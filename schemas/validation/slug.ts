import { nbSlugify } from './slugify'

/** Slugs that show a draft went live, e.g. retenk.no's `eksempel-pa-spp-bank-5`. */
const PLACEHOLDER_SLUGS: readonly RegExp[] = [
  /^eksempel(-|$)/,
  /^example(-|$)/,
  /^kopi(-|$)/,
  /^copy(-|$)/,
  /^lorem(-|$)/,
  /^test(-\d+)?$/,
  /^untitled(-\d+)?$/,
  /^ny-side(-\d+)?$/,
]

/** A slug: lower-case letters and digits in words joined by single hyphens. */
const SLUG_SYNTAX = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Problem with a slug's form (placeholder or illegal characters), or undefined when it is fine or empty. */
export function slugProblem(slug: string | undefined): string | undefined {
  if (!slug) return undefined
  if (PLACEHOLDER_SLUGS.some((pattern) => pattern.test(slug))) {
    return `«${slug}» er en plassholder-adresse. Trykk «Generer» for å lage adressen fra tittelen.`
  }
  if (!SLUG_SYNTAX.test(slug)) {
    return 'Adressen kan bare ha små bokstaver a–z, sifre og enkle bindestreker. Trykk «Generer».'
  }
  // Paged lists number their pages in the same place (/aktuelt/2/, /strategiomrader/3/, /om/planer/2/).
  if (/^\d+$/.test(slug)) {
    return `«${slug}» er bare tall og ville kollidere med sidetallene i listene (som /aktuelt/${slug}/). Trykk «Generer».`
  }
  return undefined
}

/**
 * Problem with a slug that a page of the site's own already takes (`reserved`: slug → that page, as editors read
 * it), or undefined. Such a document would lose its page to the site's.
 */
export function reservedSlugProblem(
  slug: string | undefined,
  reserved: Readonly<Record<string, string>>,
): string | undefined {
  if (!slug || !Object.hasOwn(reserved, slug)) return undefined
  return `«${slug}» er adressen til ${reserved[slug]}. Velg en annen adresse, for eksempel med årstallet bak.`
}

/**
 * Short words that slug tools (WordPress/Yoast on retenk.no) drop from slugs, in slug spelling (på → pa, å → a).
 * Dropping them still counts as «from the title»; dropping any other word does not (`troms-…` for `sor-troms-…`).
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'og i for pa av til en et ei med om a som fra ved mot hos samt eller der at det den de seg sin sitt sine'.split(
    ' ',
  ),
)

/** Slug forms of a title: punctuation dropped (Re:tenk → retenk) or read as a word break (re-tenk). */
function slugCandidates(text: string): string[] {
  return [nbSlugify(text), nbSlugify(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))]
}

/**
 * Whether the slug's words are the title's words in order, where only stop words may be skipped and the title
 * may go on after the slug ends (a shortened slug).
 */
function followsTitle(slugWords: readonly string[], titleWords: readonly string[]): boolean {
  let index = 0
  for (const word of slugWords) {
    while (
      index < titleWords.length &&
      titleWords[index] !== word &&
      STOP_WORDS.has(titleWords[index] ?? '')
    ) {
      index += 1
    }
    if (titleWords[index] !== word) return false
    index += 1
  }
  return slugWords.length > 0
}

/**
 * Advice when `slug` does not come from any of `sources` (title, short title or name). Stop words may be left
 * out, the slug may stop before the title does, and a number may follow it (`ung-2020-2023`, `…-2`).
 */
export function slugTitleProblem(
  slug: string | undefined,
  sources: readonly (string | undefined)[],
): string | undefined {
  const texts = sources.filter((text): text is string => Boolean(text?.trim()))
  if (!slug || texts.length === 0) return undefined
  const forms = [slug, slug.replace(/(-\d+)+$/, '')].map((form) => form.split('-'))
  const derived = texts
    .flatMap(slugCandidates)
    .some((candidate) => forms.some((words) => followsTitle(words, candidate.split('-'))))
  if (derived) return undefined
  const suggestion = nbSlugify(texts[0] ?? '')
  return `Adressen ser ikke ut til å komme fra tittelen. Trykk «Generer» (gir «${suggestion}») eller sjekk at tittelen er riktig.`
}
