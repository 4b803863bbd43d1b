import { defineField } from 'sanity'
import { phoneProblem } from '../validation/contact'
import type { FieldText } from './fieldText'

/** An optional Norwegian phone field whose malformed values are errors. */
export function phoneField({ name, title, description }: FieldText) {
  return defineField({
    name,
    title,
    type: 'string',
    description: description ?? 'Åtte sifre, for eksempel 77 00 00 00.',
    validation: (rule) => rule.custom((value) => phoneProblem(value) ?? true),
  })
}
