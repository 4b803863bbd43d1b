import { expect, test } from 'vitest'
import { eventJsonLd } from '../../src/lib/seo/eventJsonLd'
import { event } from '../components/fixtures'

const site = new URL('https://retenk.no')

test('an event known to the day ends at its end time in Oslo', () => {
  const data = eventJsonLd(event({ startTime: '10:00', endTime: '15:30' }), site)
  expect(data.startDate).toBe('2022-02-23T10:00:00+01:00')
  expect(data.endDate).toBe('2022-02-23T15:30:00+01:00')
})

test('an event known by the day, over several days, ends on its last day', () => {
  expect(eventJsonLd(event({ endDate: '2022-02-24' }), site).endDate).toBe('2022-02-24')
})

test.each(['month', 'season', 'year'] as const)(
  'an event known by %s has no end, whatever times and end date are left on it',
  (datePrecision) => {
    const data = eventJsonLd(
      event({ datePrecision, startTime: '10:00', endTime: '15:30', endDate: '2022-02-24' }),
      site,
    )
    expect(data).not.toHaveProperty('endDate')
    expect(String(data.startDate)).not.toContain('T')
  },
)
