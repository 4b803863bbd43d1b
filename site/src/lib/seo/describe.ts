/** A meta description: the text (or the fallback when empty), cut at a word to at most 160 characters. */
export function describe(text: string | null | undefined, fallback: string): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim() || fallback
  if (clean.length <= 160) return clean
  const cut = clean.slice(0, 159)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : 159)}…`
}
