import { describe, expect, test } from 'vitest'
import { datePeriod, seasonOf } from '../validation/datePeriod'

describe('datePeriod', () => {
  test('a day is its own period', () => {
    expect(datePeriod('2019-12-17', 'day')).toEqual({ first: '2019-12-17', last: '2019-12-17' })
  })

  test.each([
    ['2019-12-01', '2019-12-01', '2019-12-31'],
    ['2019-04-01', '2019-04-01', '2019-04-30'],
    ['2019-02-01', '2019-02-01', '2019-02-28'],
    ['2020-02-01', '2020-02-01', '2020-02-29'], // leap year
    ['2100-02-01', '2100-02-01', '2100-02-28'], // not a leap year
    ['2020-02-17', '2020-02-01', '2020-02-29'], // any day names its month
  ])('month of %s runs %s–%s', (date, first, last) => {
    expect(datePeriod(date, 'month')).toEqual({ first, last })
  })

  test.each([
    ['2019-03-01', '2019-03-01', '2019-05-31'], // spring
    ['2019-05-31', '2019-03-01', '2019-05-31'],
    ['2019-06-01', '2019-06-01', '2019-08-31'], // summer
    ['2019-09-01', '2019-09-01', '2019-11-30'], // autumn
    ['2019-12-01', '2019-12-01', '2020-02-29'], // winter 2019/2020, into a leap February
    ['2020-01-15', '2019-12-01', '2020-02-29'], // January belongs to the winter that began in December
    ['2021-02-28', '2020-12-01', '2021-02-28'],
    ['2026-12-01', '2026-12-01', '2027-02-28'],
  ])('season of %s runs %s–%s', (date, first, last) => {
    expect(datePeriod(date, 'season')).toEqual({ first, last })
  })

  test.each([
    ['2016-01-01', '2016-01-01', '2016-12-31'],
    ['2016-07-14', '2016-01-01', '2016-12-31'],
  ])('year of %s runs %s–%s', (date, first, last) => {
    expect(datePeriod(date, 'year')).toEqual({ first, last })
  })

  test('rejects a date that is not YYYY-MM-DD, and an unknown precision', () => {
    expect(() => datePeriod('2019-12', 'month')).toThrow(/YYYY-MM-DD/)
    expect(() => datePeriod('2019-12-01', 'week' as never)).toThrow(/week/)
  })
})

describe('seasonOf', () => {
  test.each([
    [2019, 2, 'winter', 2018],
    [2019, 3, 'spring', 2019],
    [2019, 5, 'spring', 2019],
    [2019, 6, 'summer', 2019],
    [2019, 8, 'summer', 2019],
    [2019, 9, 'autumn', 2019],
    [2019, 11, 'autumn', 2019],
    [2019, 12, 'winter', 2019],
    [2020, 1, 'winter', 2019],
  ])('%i-%i is in the %s that starts in %i', (year, month, season, startYear) => {
    expect(seasonOf(year, month)).toEqual({ season, year: startYear })
  })
})
