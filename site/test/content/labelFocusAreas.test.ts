import { describe, expect, test } from 'vitest'
import { labelFocusAreas } from '../../src/lib/content/labelFocusAreas'

const RETENK: Plan = { title: 'Re:tenk – utviklingsplan for Sør-Troms', shortTitle: 'Re:tenk' }
const STRATEGISK: Plan = {
  title: 'Strategisk plan for vekst og utvikling 2020–2023',
  shortTitle: 'Strategisk plan 2020–2023',
}
type Plan = { title: string; shortTitle: string | null }
const area = (title: string, plan: Plan | null) => ({ _id: `focusArea.${title}`, title, plan })
const labels = (areas: ReturnType<typeof area>[]) => labelFocusAreas(areas).map((a) => a.label)

describe('the label of a focus area', () => {
  test.each([
    [
      'two titles that differ only in case get their plans',
      [area('UNG', RETENK), area('Ung', STRATEGISK)],
      ['UNG (Re:tenk)', 'Ung (Strategisk plan 2020–2023)'],
    ],
    [
      'titles alike but for surrounding or repeated whitespace get their plans, the title trimmed',
      [area(' Helse ', RETENK), area('helse', STRATEGISK)],
      ['Helse (Re:tenk)', 'helse (Strategisk plan 2020–2023)'],
    ],
    [
      'titles alike but for repeated whitespace inside get their plans',
      [area('Ung  og lokal', RETENK), area('Ung og lokal', STRATEGISK)],
      ['Ung  og lokal (Re:tenk)', 'Ung og lokal (Strategisk plan 2020–2023)'],
    ],
    [
      'a title of its own stays bare, even beside two that read alike',
      [area('UNG', RETENK), area('Energi', STRATEGISK), area('Ung', STRATEGISK)],
      ['UNG (Re:tenk)', 'Energi', 'Ung (Strategisk plan 2020–2023)'],
    ],
    [
      'titles that only begin alike are not the same',
      [area('Ung', RETENK), area('Ungdom', STRATEGISK)],
      ['Ung', 'Ungdom'],
    ],
    [
      'a plan without a short title (or a blank one) lends its title',
      [
        area('UNG', { ...RETENK, shortTitle: null }),
        area('Ung', { ...STRATEGISK, shortTitle: ' ' }),
      ],
      [
        'UNG (Re:tenk – utviklingsplan for Sør-Troms)',
        'Ung (Strategisk plan for vekst og utvikling 2020–2023)',
      ],
    ],
    [
      'a focus area without a plan keeps its bare title',
      [area('UNG', null), area('Ung', STRATEGISK)],
      ['UNG', 'Ung (Strategisk plan 2020–2023)'],
    ],
  ])('%s', (_case, areas, expected) => {
    expect(labels(areas)).toEqual(expected)
  })

  test('keeps every other field and leaves its input as it was', () => {
    const areas = [area('UNG', RETENK), area('Ung', STRATEGISK)]
    const copy = structuredClone(areas)
    expect(labelFocusAreas(areas)[0]).toEqual({ ...areas[0], label: 'UNG (Re:tenk)' })
    expect(areas).toEqual(copy)
  })

  test('no focus areas, no labels', () => {
    expect(labelFocusAreas([])).toEqual([])
  })
})
