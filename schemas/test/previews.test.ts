import { describe, expect, test } from 'vitest'
import { newsItem } from '../documents/newsItem'
import { legendEntry } from '../objects/legendEntry'
import { programmeRole } from '../objects/programmeRole'
import { progressEntry } from '../objects/progressEntry'
import { responsibleParty } from '../objects/responsibleParty'
import { LIGHT_ICONS } from '../ui/lightIcons'

/** A type's preview `prepare`, called with selected values as Studio would. */
function prepared(type: { preview?: { prepare?: unknown } }, selected: Record<string, unknown>) {
  const prepare = type.preview?.prepare as ((value: Record<string, unknown>) => object) | undefined
  if (!prepare) throw new Error('the type has no prepare')
  return prepare(selected) as { title?: unknown; subtitle?: unknown; media?: unknown }
}

describe('previews say in words what editors chose, not codes or raw dates', () => {
  test.each([
    [
      'legendEntry',
      legendEntry,
      { title: 'Gjennomført', light: 'green' },
      { title: 'Gjennomført', subtitle: 'Grønn – gjennomført', media: LIGHT_ICONS.green },
    ],
    [
      'programmeRole',
      programmeRole,
      { title: 'leder-styringsgruppe', subtitle: 'Ordfører i Harstad' },
      { title: 'Leder av styringsgruppa', subtitle: 'Ordfører i Harstad' },
    ],
    [
      'responsibleParty',
      responsibleParty,
      { title: 'Harstad kommune', heading: 'prosjektleder' },
      { title: 'Harstad kommune', subtitle: 'Prosjektleder' },
    ],
    [
      'newsItem (the day in Norway, not in UTC)',
      newsItem,
      { title: 'Ny havn', publishedAt: '2020-06-11T22:30:00Z' },
      { title: 'Ny havn', subtitle: '12. juni 2020' },
    ],
    [
      'progressEntry with a status',
      progressEntry,
      { title: '2020-06-12', light: 'yellow', text: 'Arbeidet går etter planen.' },
      {
        title: '12. juni 2020',
        subtitle: 'Gul · Arbeidet går etter planen.',
        media: LIGHT_ICONS.yellow,
      },
    ],
    [
      'progressEntry known by month, with a heading',
      progressEntry,
      {
        title: '2020-06-01',
        datePrecision: 'month',
        heading: 'Status per juni',
        text: 'Lang tekst',
      },
      { title: 'juni 2020', subtitle: 'Status per juni' },
    ],
  ])('%s', (_name, type, selected, expected) => {
    expect(prepared(type, selected)).toMatchObject(expected)
  })

  test.each([
    ['legendEntry', legendEntry, { title: 'Uten status' }],
    ['progressEntry', progressEntry, { title: '2020-06-12', text: 'Notat' }],
  ])('%s without a light has no light icon', (_name, type, selected) => {
    expect(prepared(type, selected).media).toBeUndefined()
  })
})
