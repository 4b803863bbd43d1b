import { defineField } from 'sanity'
import { emailProblem } from '../validation/contact'
import type { FieldText } from './fieldText'

/** An optional e-mail field whose malformed values are errors. */
export function emailField({ name, title, description }: FieldText) {
  return defineField({
    name,
    title,
    type: 'string',
    description,
    validation: (rule) => rule.custom((value) => emailProblem(value) ?? true),
  })
}
