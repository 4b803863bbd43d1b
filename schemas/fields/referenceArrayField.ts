import { defineArrayMember, defineField } from 'sanity'
import type { FieldText } from './fieldText'

/** What an editor should do when one document is chosen twice in a list of references. */
export const DUPLICATE_REFERENCE_ADVICE =
  'Samme dokument er valgt to ganger. Fjern den ene koblingen.'

/** What a reference-array field points at, and where it is shown. */
export interface ReferenceArrayOptions extends FieldText {
  to: string[]
  group?: string
}

/** An array of references to documents of the given types, each document at most once. */
export function referenceArrayField({
  name,
  title,
  description,
  to,
  group,
}: ReferenceArrayOptions) {
  return defineField({
    name,
    title,
    description,
    group,
    type: 'array',
    of: [defineArrayMember({ type: 'reference', to: to.map((type) => ({ type })) })],
    validation: (rule) => rule.unique().error(DUPLICATE_REFERENCE_ADVICE),
  })
}
