import { describe, expect, test } from 'vitest'
import { chartRows } from '../../src/lib/status/chartRows'
import { othersTitle, summaryFor } from '../../src/lib/status/summaryFor'
import { summary } from '../components/fixtures'

describe('summaryFor', () => {
  test('keeps the chosen focus areas and counts the rest together, so the rows add up to the total', () => {
    const partial = summaryFor(summary, ['focusArea.kompetanse'])
    expect(partial.focusAreas.map((row) => row.focusArea._id)).toEqual(['focusArea.kompetanse'])
    expect(partial.others).toEqual({
      focusAreas: 1,
      counts: { green: 1, yellow: 2, red: 1, unreported: 3 },
      total: 7,
    })
    expect(partial.total).toEqual(summary.total)
  })

  test('leaves nothing to count when every focus area is chosen', () => {
    expect(summaryFor(summary, ['focusArea.ung', 'focusArea.kompetanse'])).toEqual({
      ...summary,
      others: null,
    })
  })

  test('the chart draws the others as one bar after the chosen focus areas', () => {
    const rows = chartRows(summaryFor(summary, ['focusArea.kompetanse']))
    expect(rows.map((row) => [row.key, row.title])).toEqual([
      ['focusArea.kompetanse', 'Kompetanse'],
      ['others', 'Ett annet strategiområde'],
    ])
    expect(rows[1]!.counts).toBe('Grønn: 1 · Gul: 2 · Rød: 1 · Ikke rapportert: 3')
  })
})

describe('othersTitle', () => {
  test.each([
    [1, 'Ett annet strategiområde'],
    [2, 'Øvrige 2 strategiområder'],
    [399, 'Øvrige 399 strategiområder'],
  ])('%i focus area(s): «%s»', (focusAreas, title) => {
    expect(othersTitle({ focusAreas })).toBe(title)
  })
})
