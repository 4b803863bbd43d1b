import { defineField } from 'sanity'
import { LINK_SCHEMES, urlAdvice, urlProblem } from '../validation/contact'
import type { LinkScheme } from '../validation/contact'
import type { FieldText } from './fieldText'

/** A URL field; `required: true` makes an empty value an error. */
export interface UrlFieldOptions extends FieldText {
  required?: boolean
  /** Schemes the field accepts; `WEB_SCHEMES` for a website, where a mailto: address is a mistake. */
  schemes?: readonly LinkScheme[]
}

/**
 * A URL field (http(s) and mailto unless `schemes` narrows it) whose empty (when required) or malformed values
 * are errors. The `url` type brings a built-in http(s)-only rule, so the chain restates the schemes and carries
 * one Norwegian message for all.
 */
export function urlField({
  name,
  title,
  description,
  required = false,
  schemes = LINK_SCHEMES,
}: UrlFieldOptions) {
  return defineField({
    name,
    title,
    type: 'url',
    description: description ?? 'Hele adressen, som begynner med https://.',
    validation: (rule) => {
      const url = rule
        .uri({ scheme: [...schemes] })
        .custom((value) => urlProblem(value, schemes) ?? true)
      return (required ? url.required() : url).error(urlAdvice(schemes))
    },
  })
}
