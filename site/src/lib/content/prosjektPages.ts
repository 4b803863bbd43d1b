import type { Goal, Measure, ProsjektPage } from './types'

/** Two documents claim the same `/prosjekt/<slug>/` URL. */
export class DuplicateSlugError extends Error {
  constructor(
    readonly slug: string,
    readonly ids: [string, string],
  ) {
    super(
      `/prosjekt/${slug}/ is claimed by both "${ids[0]}" and "${ids[1]}": goals and measures share this URL ` +
        'family, so change the slug of one of them.',
    )
    this.name = 'DuplicateSlugError'
  }
}

/** Goals and measures keyed by slug for `/prosjekt/<slug>/`, refusing any slug used twice. */
export function prosjektPages(
  goals: readonly Goal[],
  measures: readonly Measure[],
): ProsjektPage[] {
  const owners = new Map<string, string>()
  const pages: ProsjektPage[] = []
  const claim = (id: string, slug: string | null): string => {
    if (!slug) throw new Error(`"${id}" has no slug, so it cannot have a /prosjekt/ page.`)
    const owner = owners.get(slug)
    if (owner) throw new DuplicateSlugError(slug, [owner, id])
    owners.set(slug, id)
    return slug
  }
  for (const goal of goals) pages.push({ kind: 'goal', slug: claim(goal._id, goal.slug), goal })
  for (const measure of measures) {
    pages.push({ kind: 'measure', slug: claim(measure._id, measure.slug), measure })
  }
  return pages
}
