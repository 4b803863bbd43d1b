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
  // Only a capital followed by a small letter: «NAV-leder» keeps its capitals.
  return personRole(person).replace(/^[A-ZÆØÅ](?=[a-zæøå])/, (first) => first.toLowerCase())
}
