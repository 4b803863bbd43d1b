import { defineArrayMember, defineField } from 'sanity'
import type { FieldText } from './fieldText'

/** What a reference-array field points at, and where it is shown. */
export interface ReferenceArrayOptions extends FieldText {
  to: string[]
  group?: string
}

/** An array of references to documents of the given types. */
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
  })
}
