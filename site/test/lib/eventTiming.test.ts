import { describe, expect, test } from 'vitest'
import { isUpcoming, lastDayOf, upcomingAndPast } from '../../src/lib/content/eventTiming'
import type { EventItem } from '../../src/lib/content/types'
import { event } from '../components/fixtures'

/** A calendar day in Oslo (11:00 or 12:00 there), well clear of midnight. */
const on = (day: string) => new Date(`${day}T10:00:00Z`)

describe('isUpcoming', () => {
  test.each<[string, string, boolean, Partial<EventItem>]>([
    ['a day', '2026-12-01', true, { startDate: '2026-12-01' }],
    ['a day', '2026-12-02', false, { startDate: '2026-12-01' }],
    ['two days', '2026-12-02', true, { startDate: '2026-12-01', endDate: '2026-12-02' }],
    ['two days', '2026-12-03', false, { startDate: '2026-12-01', endDate: '2026-12-02' }],
    ['«desember 2026»', '2026-12-02', true, { datePrecision: 'month', startDate: '2026-12-01' }],
    ['«desember 2026»', '2026-12-31', true, { datePrecision: 'month', startDate: '2026-12-01' }],
    ['«desember 2026»', '2027-01-01', false, { datePrecision: 'month', startDate: '2026-12-01' }],
    ['«februar 2028»', '2028-02-29', true, { datePrecision: 'month', startDate: '2028-02-01' }],
    ['«februar 2028»', '2028-03-01', false, { datePrecision: 'month', startDate: '2028-02-01' }],
    ['«høsten 2026»', '2026-11-30', true, { datePrecision: 'season', startDate: '2026-09-01' }],
    ['«høsten 2026»', '2026-12-01', false, { datePrecision: 'season', startDate: '2026-09-01' }],
    ['«våren 2027»', '2027-05-31', true, { datePrecision: 'season', startDate: '2027-03-01' }],
    ['«våren 2027»', '2027-06-01', false, { datePrecision: 'season', startDate: '2027-03-01' }],
    ['«sommeren 2027»', '2027-08-31', true, { datePrecision: 'season', startDate: '2027-06-01' }],
    ['«sommeren 2027»', '2027-09-01', false, { datePrecision: 'season', startDate: '2027-06-01' }],
    [
      '«vinteren 2026/2027»',
      '2027-01-15',
      true,
      { datePrecision: 'season', startDate: '2026-12-01' },
    ],
    [
      '«vinteren 2026/2027»',
      '2027-02-28',
      true,
      { datePrecision: 'season', startDate: '2026-12-01' },
    ],
    [
      '«vinteren 2026/2027»',
      '2027-03-01',
      false,
      { datePrecision: 'season', startDate: '2026-12-01' },
    ],
    ['«2026»', '2026-12-31', true, { datePrecision: 'year', startDate: '2026-01-01' }],
    ['«2026»', '2027-01-01', false, { datePrecision: 'year', startDate: '2026-01-01' }],
    // An end date left over from day precision still counts when it is later than the period
    [
      '«2026» to 2027-01-10',
      '2027-01-10',
      true,
      { datePrecision: 'year', startDate: '2026-01-01', endDate: '2027-01-10' },
    ],
    [
      '«2026» to 2027-01-10',
      '2027-01-11',
      false,
      { datePrecision: 'year', startDate: '2026-01-01', endDate: '2027-01-10' },
    ],
    // …but never cuts the period short
    [
      '«desember 2026» to 12-02',
      '2026-12-31',
      true,
      { datePrecision: 'month', startDate: '2026-12-01', endDate: '2026-12-02' },
    ],
  ])('%s on %s: upcoming %s', (_label, day, upcoming, over) => {
    expect(isUpcoming(event(over), on(day))).toBe(upcoming)
  })

  test('the day turns at midnight in Oslo, for a period as for a day', () => {
    const december = event({ datePrecision: 'month', startDate: '2026-12-01' })
    expect(isUpcoming(december, new Date('2026-12-31T22:59:00Z'))).toBe(true) // 23:59 in Oslo
    expect(isUpcoming(december, new Date('2026-12-31T23:00:00Z'))).toBe(false) // 00:00 on 1 January
  })

  test('the last day of a period is the same whichever of its days the start date is', () => {
    expect(lastDayOf(event({ datePrecision: 'season', startDate: '2027-01-20' }))).toBe(
      '2027-02-28',
    )
    expect(lastDayOf(event({ datePrecision: 'month', startDate: '2026-12-15' }))).toBe('2026-12-31')
  })
})

describe('upcomingAndPast', () => {
  const events = [
    event({ _id: 'year2026', datePrecision: 'year', startDate: '2026-01-01' }),
    event({ _id: 'autumn2026', datePrecision: 'season', startDate: '2026-09-01' }),
    event({ _id: 'day', startDate: '2026-12-01' }),
    event({ _id: 'december2026', datePrecision: 'month', startDate: '2026-12-01' }),
    event({ _id: 'winter2026', datePrecision: 'season', startDate: '2026-12-01' }),
  ]
  const split = (day: string) => {
    const { upcoming, past } = upcomingAndPast(events, on(day))
    return { upcoming: upcoming.map((e) => e._id), past: past.map((e) => e._id) }
  }

  test.each([
    [
      '2026-12-02',
      ['year2026', 'december2026', 'winter2026'],
      ['day', 'autumn2026'], // most recent first
    ],
    ['2026-12-31', ['year2026', 'december2026', 'winter2026'], ['day', 'autumn2026']],
    ['2027-01-01', ['winter2026'], ['december2026', 'day', 'autumn2026', 'year2026']],
    ['2027-02-28', ['winter2026'], ['december2026', 'day', 'autumn2026', 'year2026']],
    ['2027-03-01', [], ['winter2026', 'december2026', 'day', 'autumn2026', 'year2026']],
  ])('on %s upcoming %j, past %j', (day, upcoming, past) => {
    expect(split(day)).toEqual({ upcoming, past })
  })
})
