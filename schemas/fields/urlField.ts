import { defineField } from 'sanity'
import { urlProblem } from '../validation/contact'
import type { FieldText } from './fieldText'

/** An optional http(s)/mailto URL field whose malformed values are errors. */
export function urlField({ name, title, description }: FieldText) {
  return defineField({
    name,
    title,
    type: 'url',
    description: description ?? 'Hele adressen, som begynner med https://.',
    validation: (rule) => rule.custom((value) => urlProblem(value) ?? true),
  })
}
