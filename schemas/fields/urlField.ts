import { defineField } from 'sanity'
import { LINK_SCHEMES, URL_ADVICE, urlProblem } from '../validation/contact'
import type { FieldText } from './fieldText'

/** A URL field; `required: true` makes an empty value an error. */
export interface UrlFieldOptions extends FieldText {
  required?: boolean
}

/**
 * An http(s)/mailto URL field whose empty (when required) or malformed values are errors. The `url` type brings
 * a built-in http(s)-only rule, so the chain restates the schemes and carries one Norwegian message for all.
 */
export function urlField({ name, title, description, required = false }: UrlFieldOptions) {
  return defineField({
    name,
    title,
    type: 'url',
    description: description ?? 'Hele adressen, som begynner med https://.',
    validation: (rule) => {
      const url = rule
        .uri({ scheme: [...LINK_SCHEMES] })
        .custom((value) => urlProblem(value) ?? true)
      return (required ? url.required() : url).error(URL_ADVICE)
    },
  })
}
