import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseNdjson } from '../../../src/lib/content/parseNdjson.ts'

/** What the gates take from the dataset the site was built from. */
export interface SiteFacts {
  /** Northern Sámi municipality names, which every page must mark `lang="se"`. */
  samiNames: string[]
  /** `/om/<slug>/` of the page the programme names as its accessibility statement. */
  statementPath: string
}

/** The dataset the build used: `$DRIVKRAFT_DATASET`, else the bundled one. */
export function datasetFile(): string {
  return process.env.DRIVKRAFT_DATASET ?? resolve(process.cwd(), 'studio/seed/production.ndjson')
}

/** Reads Sámi names and the accessibility statement's path from an NDJSON dataset. */
export async function siteFacts(file: string = datasetFile()): Promise<SiteFacts> {
  const { documents, errors } = parseNdjson(await readFile(file, 'utf8'), file)
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'))
  const published = documents.filter((document) => !document._id.startsWith('drafts.'))
  const samiNames = published
    .filter(
      (document) => document._type === 'municipality' && typeof document.sameName === 'string',
    )
    .map((document) => (document.sameName as string).trim())
    .filter(Boolean)
  const programme = published.find((document) => document._type === 'programme')
  const ref = (programme?.accessibilityStatement as { _ref?: string } | undefined)?._ref
  const page = published.find((document) => document._id === ref)
  const slug = (page?.slug as { current?: string } | undefined)?.current
  if (!slug)
    throw new Error(
      `${file}: programme.accessibilityStatement does not point at a page with a slug`,
    )
  return { samiNames, statementPath: `/om/${slug}/` }
}
