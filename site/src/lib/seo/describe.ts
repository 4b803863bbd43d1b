/** The conventional longest meta description: search results cut longer ones. */
export const DESCRIPTION_MAX = 160

/** `text` when it is at most `max` characters, else cut at a word (or at `max - 1`) with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

/** A meta description: the text (or the fallback when empty), cut at a word to at most 160 characters. */
export function describe(text: string | null | undefined, fallback: string): string {
  return cutAtWord((text ?? '').replace(/\s+/g, ' ').trim() || fallback, DESCRIPTION_MAX)
}
