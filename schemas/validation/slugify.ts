/** Extra letters that Unicode decomposition does not reduce to ASCII (Norwegian and Northern Sámi). */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', đ: 'd', ŋ: 'n', ŧ: 't' }

/** Norwegian slugify: æ→ae, ø→o, å→a, accents dropped, punctuation removed, words joined by hyphens. */
export function nbSlugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåđŋŧ]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s/–—_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 96)
    .replace(/-$/, '')
}
