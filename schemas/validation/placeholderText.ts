import type { Path, PathSegment, ValidationError } from 'sanity'

/** Text that marks an unfinished draft; retenk.no once published lorem ipsum in a goal page. */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\blorem ipsum\b/i,
  /\bdolor sit amet\b/i,
  /\bplaceholder\b/i,
  /\bplassholder\b/i,
  /\bTODO\b/,
  /\bx{3,}\b/i,
]

/** The placeholder phrase found in `text`, or undefined when the text is clean. */
export function findPlaceholder(text: string): string | undefined {
  for (const pattern of PLACEHOLDER_PATTERNS) {
    const match = pattern.exec(text)
    if (match) return match[0]
  }
  return undefined
}

/** Editor message for a placeholder phrase. */
export function placeholderMessage(phrase: string): string {
  return `Teksten inneholder plassholderen «${phrase}». Erstatt den med ekte innhold før publisering.`
}

/** Path segment for an array member: its `_key` when it has one, else its index. */
function memberSegment(member: unknown, index: number): PathSegment {
  const key = (member as { _key?: unknown } | null)?._key
  return typeof key === 'string' ? { _key: key } : index
}

/**
 * Every placeholder in the strings of `value` (objects, arrays and Portable Text spans alike), with paths
 * relative to `value`. System keys (`_id`, `_type`, `_key`, `_ref` …) and slugs are skipped: slugs have rules of
 * their own.
 */
export function placeholderProblems(value: unknown, path: Path = []): ValidationError[] {
  if (typeof value === 'string') {
    const phrase = findPlaceholder(value)
    return phrase ? [{ message: placeholderMessage(phrase), path }] : []
  }
  if (Array.isArray(value)) {
    return value.flatMap((member, index) =>
      placeholderProblems(member, [...path, memberSegment(member, index)]),
    )
  }
  if (value && typeof value === 'object') {
    if ((value as { _type?: unknown })._type === 'slug') return []
    return Object.entries(value).flatMap(([key, child]) =>
      key.startsWith('_') ? [] : placeholderProblems(child, [...path, key]),
    )
  }
  return []
}

/** Document-level validator: reports placeholder text anywhere in the document on the field that holds it. */
export function noPlaceholderText(document: unknown): true | ValidationError[] {
  const problems = placeholderProblems(document)
  return problems.length === 0 ? true : problems
}
