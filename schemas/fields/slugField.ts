import { defineField } from 'sanity'
import type { ValidationContext } from 'sanity'
import { reservedSlugProblem, slugProblem, slugTitleProblem } from '../validation/slug'
import { nbSlugify } from '../validation/slugify'

/** Where a slug field takes its text from, and which field group shows it. */
export interface SlugFieldOptions {
  source?: string
  group?: string
  /** Slugs a page of the site's own takes in this type's URL family, each with that page as editors read it. */
  reserved?: Readonly<Record<string, string>>
  /**
   * A uniqueness rule of the type's own, replacing Sanity's per-type check: for types that share a URL family with
   * another type. It runs once and speaks Norwegian, where the built-in check runs once per rule of the field.
   */
  unique?: (
    slug: { current?: string } | undefined,
    context: ValidationContext,
  ) => Promise<true | string>
}

/** The document fields a slug may come from: its source and, for lists, a short title. */
function slugSources(document: unknown, source: string): (string | undefined)[] {
  const fields = (document ?? {}) as Record<string, unknown>
  return [fields[source], fields.shortTitle].map((text) =>
    typeof text === 'string' ? text : undefined,
  )
}

/**
 * The required `slug` field, generated from `source` with Norwegian slugify. Placeholder and reserved slugs are
 * errors; a slug that does not come from the title is a warning.
 */
export function slugField({
  source = 'title',
  group,
  reserved = {},
  unique,
}: SlugFieldOptions = {}) {
  return defineField({
    name: 'slug',
    title: 'Adresse (slug)',
    type: 'slug',
    group,
    description: 'Siste del av nettadressen. Trykk «Generer» for å lage den fra tittelen.',
    options: {
      source,
      maxLength: 96,
      slugify: nbSlugify,
      ...(unique ? { isUnique: () => true } : {}),
    },
    validation: (rule) => [
      rule.required().error('Lag en adresse: trykk «Generer».'),
      rule.custom((slug) => slugProblem(slug?.current) ?? true),
      rule.custom((slug) => reservedSlugProblem(slug?.current, reserved) ?? true),
      ...(unique ? [rule.custom(unique)] : []),
      rule
        .custom(
          (slug, context) =>
            slugTitleProblem(slug?.current, slugSources(context.document, source)) ?? true,
        )
        .warning(),
    ],
  })
}
