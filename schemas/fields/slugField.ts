import { defineField } from 'sanity'
import { nbSlugify } from '../validation/slugify'

/** Where a slug field takes its text from, and which field group shows it. */
export interface SlugFieldOptions {
  source?: string
  group?: string
}

/** The required `slug` field, generated from `source` with Norwegian slugify. */
export function slugField({ source = 'title', group }: SlugFieldOptions = {}) {
  return defineField({
    name: 'slug',
    title: 'Adresse (slug)',
    type: 'slug',
    group,
    description: 'Siste del av nettadressen. Trykk «Generer» for å lage den fra tittelen.',
    options: { source, maxLength: 96, slugify: nbSlugify },
    validation: (rule) => rule.required().error('Lag en adresse: trykk «Generer».'),
  })
}
