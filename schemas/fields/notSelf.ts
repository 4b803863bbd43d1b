import type { ReferenceFilterResolver } from 'sanity'
import { idsOf } from '../validation/contextClient'
import { publishedId } from '../validation/selfReference'

/** Reference filter that leaves the document being edited out of the picker, as draft and as published. */
export const notSelf: ReferenceFilterResolver = ({ document }) => ({
  filter: '!(_id in $self)',
  params: { self: idsOf(publishedId(document._id)) },
})
