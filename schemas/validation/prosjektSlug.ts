import type { ValidationContext } from 'sanity'
import { fetchForValidation } from './contextClient'
import { publishedId } from './selfReference'

/** Document types whose pages share the URL family /prosjekt/<slug>/ (site/src/lib/content/prosjektPages.ts). */
export const PROSJEKT_TYPES = ['goal', 'measure'] as const

/** How a message names a document of each prosjekt type. */
const DEFINITE: Record<string, string> = { goal: 'målet', measure: 'tiltaket' }

/**
 * A published goal or measure with the slug, other than the document being validated. Drafts and release versions
 * do not count: only published documents reach the site, and a draft that takes the slug later is checked then.
 */
export const PROSJEKT_SLUG_QUERY = `*[
  _type in $types && slug.current == $slug
  && !sanity::versionOf($published)
  && !(_id in path("drafts.**")) && !(_id in path("versions.**"))
][0]{_type, title}`

/** The goal or measure that already has a slug, as the query returns it. */
export interface ProsjektSlugOwner {
  _type: string
  title?: string | null
}

/** Problem when another goal or measure already has the slug, naming it. */
export function prosjektSlugProblem(
  slug: string,
  owner: ProsjektSlugOwner | null | undefined,
): string | undefined {
  if (!owner) return undefined
  const which = owner.title ? ` (${DEFINITE[owner._type] ?? 'siden'} «${owner.title}»)` : ''
  return `Adressen brukes allerede av et mål eller tiltak${which}. Mål og tiltak deler adressene /prosjekt/${slug}/, så velg en annen.`
}

/**
 * Slug validator for goals and measures: the slug must be free across both types, since the site gives each one
 * the page /prosjekt/<slug>/ and refuses to build when two claim the same page. Skips without a client.
 */
export async function prosjektSlugIsFree(
  slug: { current?: string } | undefined,
  context: ValidationContext,
): Promise<true | string> {
  const current = slug?.current
  const id = context.document?._id
  if (!current || !id) return true
  const owner = await fetchForValidation<ProsjektSlugOwner | null>(context, PROSJEKT_SLUG_QUERY, {
    types: [...PROSJEKT_TYPES],
    slug: current,
    published: publishedId(id),
  })
  return prosjektSlugProblem(current, owner) ?? true
}
