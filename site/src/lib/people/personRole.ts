import type { PersonRef } from '../content/types'

/**
 * What a person is, for a line under their name: «Ordfører i Narvik, Hålogalandsrådet», «Prosjektleder, Sør-Troms
 * regionråd», «Harstad». A mayor without the municipality would leave the reader guessing which one.
 */
export function personRole({
  role,
  municipality,
  organisation,
}: Pick<PersonRef, 'role' | 'municipality' | 'organisation'>): string {
  const what = role ? (municipality ? `${role} i ${municipality}` : role) : municipality
  return [what, organisation].filter(Boolean).join(', ')
}

/** `personRole` after a name and a comma, where a title is a common noun: «Kari Nordmann, ordfører i Harstad». */
export function personRoleAfterName(
  person: Pick<PersonRef, 'role' | 'municipality' | 'organisation'>,
): string {
  // The title only, never a place or an organisation; and only a capital followed by a small letter: «NAV-leder»
  // keeps its capitals.
  const role = person.role?.replace(/^[A-ZÆØÅ](?=[a-zæøå])/, (first) => first.toLowerCase())
  return personRole({ ...person, role: role ?? null })
}
