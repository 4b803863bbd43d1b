import type { ValidationContext } from 'sanity'
import { fetchForValidation, idsOf, referencedId } from './contextClient'

/** The website of an organisation, draft or published. */
export const ORGANISATION_WEBSITE_QUERY = '*[_id in $ids][0].website'

/** Host name of a website without a leading `www.`, or undefined for a malformed address. */
function siteDomain(website: string): string | undefined {
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/**
 * Advice when an e-mail address does not belong to the organisation's website domain (the Opsal case:
 * a Harstad address on a person listed under another municipality). Subdomains either way count as a match.
 */
export function emailDomainProblem(email: unknown, website: unknown): string | undefined {
  if (typeof email !== 'string' || typeof website !== 'string') return undefined
  const mailDomain = email.split('@')[1]?.toLowerCase()
  const domain = siteDomain(website)
  if (!mailDomain || !domain) return undefined
  const related =
    mailDomain === domain || mailDomain.endsWith(`.${domain}`) || domain.endsWith(`.${mailDomain}`)
  if (related) return undefined
  return `E-postadressen (@${mailDomain}) hører ikke til organisasjonens nettsted (${domain}). Sjekk at personen er knyttet til riktig organisasjon, eller rett adressen.`
}

/** Field validator for a person's e-mail, compared with the website of the person's organisation. */
export async function emailMatchesOrganisation(
  email: unknown,
  context: ValidationContext,
): Promise<true | string> {
  const organisationId = referencedId(context.document, 'organisation')
  if (typeof email !== 'string' || !email || !organisationId) return true
  const website = await fetchForValidation<string | null>(context, ORGANISATION_WEBSITE_QUERY, {
    ids: idsOf(organisationId),
  })
  return emailDomainProblem(email, website) ?? true
}
