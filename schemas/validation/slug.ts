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
  return undefined
}

/** Slug forms of a title: punctuation dropped (Re:tenk → retenk) or read as a word break (re-tenk). */
function slugCandidates(text: string): string[] {
  return [nbSlugify(text), nbSlugify(text.replace(/[^\p{L}\p{N}\s]/gu, ' '))]
}

/**
 * Advice when `slug` does not come from any of `sources` (title, short title or name). A slug that is the
 * start of the title, cut at a word break, counts as derived.
 */
export function slugTitleProblem(
  slug: string | undefined,
  sources: readonly (string | undefined)[],
): string | undefined {
  const texts = sources.filter((text): text is string => Boolean(text?.trim()))
  if (!slug || texts.length === 0) return undefined
  const derived = texts
    .flatMap(slugCandidates)
    .some((candidate) => candidate === slug || candidate.startsWith(`${slug}-`))
  if (derived) return undefined
  const suggestion = nbSlugify(texts[0] ?? '')
  return `Adressen ser ikke ut til å komme fra tittelen. Trykk «Generer» (gir «${suggestion}») eller sjekk at tittelen er riktig.`
}
