import { describe, expect, test } from 'vitest'
import type { FocusArea } from '../../src/lib/content/types'
import { featuredFocusAreas } from '../../src/lib/home/featuredFocusAreas'

const plan = (id: string, title: string, startYear: number | null) => ({
  _id: `plan.${id}`,
  title,
  shortTitle: null,
  slug: id,
  period: startYear === null ? null : { startYear, endYear: startYear + 3 },
})

const area = (id: string, of: ReturnType<typeof plan>): FocusArea => ({
  _id: `focusArea.${id}`,
  title: id,
  label: id,
  slug: id,
  order: 1,
  intro: null,
  overallGoal: null,
  guidingQuestions: [],
  dimensions: [],
  plan: of,
  goals: [],
  events: [],
})

const old = plan('gammel', 'Gammel plan', null)
const b2020 = plan('b', 'B-plan', 2020)
const a2020 = plan('a', 'A-plan', 2020)
const areas = [
  area('g1', old),
  area('g2', old),
  area('b1', b2020),
  area('a1', a2020),
  area('a2', a2020),
  area('a3', a2020),
]
const ids = (result: ReturnType<typeof featuredFocusAreas>) =>
  result.focusAreas.map((focusArea) => focusArea.slug)

describe('featuredFocusAreas', () => {
  test('shows every focus area, and names no plan, while they fit', () => {
    expect(featuredFocusAreas(areas, 6)).toEqual({ focusAreas: areas, plan: null })
  })

  test('past the limit, shows the newest plan (latest start year, then title)', () => {
    const featured = featuredFocusAreas(areas, 5)
    expect(featured.plan?._id).toBe('plan.a')
    expect(ids(featured)).toEqual(['a1', 'a2', 'a3'])
  })

  test('never shows more than the limit, even of the newest plan', () => {
    expect(ids(featuredFocusAreas(areas, 2))).toEqual(['a1', 'a2'])
  })

  test('a plan without a period counts as the oldest', () => {
    const newer = plan('ny', 'Ny plan', 2016)
    expect(featuredFocusAreas([area('g1', old), area('n1', newer)], 1).plan?._id).toBe('plan.ny')
  })
})
