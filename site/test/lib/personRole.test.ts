import { expect, test } from 'vitest'
import { personRole, personRoleAfterName } from '../../src/lib/people/personRole'

const person = (role: string | null, municipality: string | null, organisation: string | null) => ({
  role,
  municipality,
  organisation,
})

test.each([
  [person('Ordfører', 'Harstad', null), 'Ordfører i Harstad'],
  [person('Ordfører', 'Narvik', 'Hålogalandsrådet'), 'Ordfører i Narvik, Hålogalandsrådet'],
  [person('Prosjektleder', null, 'Sør-Troms regionråd'), 'Prosjektleder, Sør-Troms regionråd'],
  [person(null, 'Harstad', null), 'Harstad'],
  [person(null, null, null), ''],
])('%o is «%s»', (who, line) => {
  expect(personRole(who)).toBe(line)
})

test('after a name, a title is written small, but not a capitalised word', () => {
  expect(personRoleAfterName(person('Ordfører', 'Tjeldsund', null))).toBe('ordfører i Tjeldsund')
  expect(personRoleAfterName(person('NAV-leder', 'Evenes', null))).toBe('NAV-leder i Evenes')
  // Without a title, the place or organisation keeps its capital.
  expect(personRoleAfterName(person(null, 'Harstad', null))).toBe('Harstad')
  expect(personRoleAfterName(person(null, null, 'Hålogalandsrådet'))).toBe('Hålogalandsrådet')
})
