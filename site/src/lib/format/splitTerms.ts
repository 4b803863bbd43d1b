/** A run of text, flagged when it is one of the searched terms. */
export interface TextPart {
  text: string
  term: boolean
}

/** Splits `text` around every whole occurrence of `terms` (longest first), keeping all characters in order. */
export function splitTerms(
  text: string,
  terms: ReadonlyArray<string | null | undefined>,
): TextPart[] {
  const wanted = [...new Set(terms.filter((term): term is string => Boolean(term?.trim())))].sort(
    (a, b) => b.length - a.length,
  )
  if (wanted.length === 0) return [{ text, term: false }]
  const escaped = wanted.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return text
    .split(pattern)
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, term: wanted.includes(piece) }))
}
