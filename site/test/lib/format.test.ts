import { describe, expect, test } from 'vitest'
import {
  displayUrl,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatEventDate,
  formatMonth,
  osloDay,
  osloInstant,
  splitTerms,
  telHref,
} from '../../src/lib/format'

describe('formatEventDate honours datePrecision', () => {
  test.each([
    [{ startDate: '2022-02-23' }, '23. februar 2022', '2022-02-23'],
    [{ startDate: '2019-06-12', datePrecision: 'day' }, '12. juni 2019', '2019-06-12'],
    [{ startDate: '2019-06-12', endDate: '2019-06-13' }, '12.–13. juni 2019', '2019-06-12'],
    [{ startDate: '2019-12-01', datePrecision: 'month' }, 'desember 2019', '2019-12'],
    [{ startDate: '2016-09-01', datePrecision: 'season' }, 'høsten 2016', '2016'],
    [{ startDate: '2019-03-01', datePrecision: 'season' }, 'våren 2019', '2019'],
    [{ startDate: '2019-06-01', datePrecision: 'season' }, 'sommeren 2019', '2019'],
    [{ startDate: '2019-12-01', datePrecision: 'season' }, 'vinteren 2019/2020', '2019'],
    [{ startDate: '2016-01-01', datePrecision: 'year' }, '2016', '2016'],
    [
      { startDate: '2022-02-23', startTime: '10:00', endTime: '15:30' },
      '23. februar 2022 kl. 10:00–15:30',
      '2022-02-23T10:00:00+01:00',
    ],
    [
      { startDate: '2018-10-24', startTime: '09:00' },
      '24. oktober 2018 kl. 09:00',
      '2018-10-24T09:00:00+02:00',
    ],
    [
      { startDate: '2021-11-01', endDate: '2021-11-03', startTime: '12:00', endTime: '14:00' },
      '1. november 2021 kl. 12:00 – 3. november 2021 kl. 14:00',
      '2021-11-01T12:00:00+01:00',
    ],
  ])('%o → «%s» (%s)', (when, text, datetime) => {
    expect(formatEventDate(when)).toEqual({ text, datetime })
  })

  test('an unknown precision is an error naming the value', () => {
    expect(() => formatEventDate({ startDate: '2020-01-01', datePrecision: 'decade' })).toThrow(
      /decade/,
    )
  })
})

describe('dates and times in nb-NO for Europe/Oslo', () => {
  test.each([
    ['2022-02-23', '23. februar 2022'],
    ['2020-01-01', '1. januar 2020'],
    ['2019-12-31', '31. desember 2019'],
  ])('formatDate(%s) = %s', (value, text) => {
    expect(formatDate(value)).toBe(text)
  })

  test('a date range in one month shares the month; two equal dates are one date', () => {
    expect(formatDateRange('2019-06-12', '2019-06-14')).toBe('12.–14. juni 2019')
    expect(formatDateRange('2019-06-12', '2019-06-12')).toBe('12. juni 2019')
  })

  test('months from YYYY-MM or a full date', () => {
    expect(formatMonth('2020-03')).toBe('mars 2020')
    expect(formatMonth('2021-11-01')).toBe('november 2021')
  })

  test('a UTC datetime late in the evening is the next day in Oslo', () => {
    expect(osloDay('2019-05-01T22:30:00Z')).toBe('2019-05-02')
    expect(formatDateTime('2019-05-01T22:30:00Z')).toBe('2. mai 2019 kl. 00:30')
  })

  test.each([
    ['2022-02-23', '10:00', '2022-02-23T09:00:00.000Z'],
    ['2022-07-01', '10:00', '2022-07-01T08:00:00.000Z'],
  ])('osloInstant(%s, %s) is %s (winter and summer time)', (date, time, utc) => {
    expect(osloInstant(date, time).instant.toISOString()).toBe(utc)
  })

  test.each(['2022-2-3', '23.02.2022', ''])('a malformed date «%s» is an error', (value) => {
    expect(() => formatDate(value)).toThrow(/YYYY-MM-DD/)
  })

  test('a malformed time is an error', () => {
    expect(() => osloInstant('2022-02-23', '25:00')).toThrow(/HH:MM/)
  })
})

describe('telHref', () => {
  test.each([
    ['77 02 30 00', 'tel:+4777023000'],
    ['+47 77 02 30 00', 'tel:+4777023000'],
    ['77023000', 'tel:+4777023000'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href)
  })

  test('a number that is not Norwegian is an error', () => {
    expect(() => telHref('123')).toThrow(/Norwegian/)
  })
})

describe('splitTerms', () => {
  test.each([
    [
      'Loabák har vært likestilt',
      ['Loabák'],
      [
        ['Loabák', true],
        [' har vært likestilt', false],
      ],
    ],
    [
      'Harstad (Hárstták) og Hárstták',
      ['Hárstták'],
      [
        ['Harstad (', false],
        ['Hárstták', true],
        [') og ', false],
        ['Hárstták', true],
      ],
    ],
    ['Loabákbyen er ikke navnet', ['Loabák'], [['Loabákbyen er ikke navnet', false]]],
    ['Ingen termer', [null, ''], [['Ingen termer', false]]],
  ])('%s', (text, terms, parts) => {
    expect(splitTerms(text, terms).map((p) => [p.text, p.term])).toEqual(parts)
  })
})

describe('displayUrl', () => {
  test.each([
    ['https://www.halogalandsradet.no/', 'www.halogalandsradet.no'],
    ['http://harstad.kommune.no', 'harstad.kommune.no'],
    ['https://www.narvik.kommune.no/naering/', 'www.narvik.kommune.no/naering/'],
    ['https://example.no/?side=2', 'example.no/?side=2'],
  ])('%s reads %s', (url, shown) => {
    expect(displayUrl(url)).toBe(shown)
  })
})
