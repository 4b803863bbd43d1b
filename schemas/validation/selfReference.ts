import type { ValidationError } from 'sanity'

/** The published id of a document id (drafts and versions share it). */
export function publishedId(id: string): string {
  return id.replace(/^(drafts|versions\.[^.]+)\./, '')
}

/** Problems for array members that reference the document they sit in. */
export function selfReferenceProblems(
  references: unknown,
  documentId: string | undefined,
): ValidationError[] {
  if (!Array.isArray(references) || !documentId) return []
  const own = publishedId(documentId)
  return references.flatMap((reference: { _key?: string; _ref?: string }, index) =>
    reference?._ref && publishedId(reference._ref) === own
      ? [
          {
            message: 'Et tiltak kan ikke være relatert til seg selv. Fjern denne koblingen.',
            path: [reference._key ? { _key: reference._key } : index],
          },
        ]
      : [],
  )
}
