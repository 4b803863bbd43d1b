import type { ValidationContext } from 'sanity'
import { describe, expect, test } from 'vitest'
import { emailProblem, phoneProblem, urlProblem, WEB_SCHEMES } from '../validation/contact'
import { contextClient } from '../validation/contextClient'
import { emailDomainProblem, emailMatchesOrganisation } from '../validation/emailDomain'
import { findPlaceholder } from '../validation/placeholderText'
import { progressLogProblems } from '../validation/progressLog'
import { eventTimeProblems } from '../validation/ranges'
import { reservedSlugProblem, slugProblem, slugTitleProblem } from '../validation/slug'
import { nbSlugify } from '../validation/slugify'
import { strategyOfGoal } from '../validation/strategyKey'
import { osloToday } from '../validation/today'

describe('nbSlugify', () => {
  test.each([
    [
      'Sør-Troms skal være en region for innovatører',
      'sor-troms-skal-vaere-en-region-for-innovatorer',
    ],
    ['Innovasjon & entreprenørskap', 'innovasjon-entreprenorskap'],
    ['Re:tenk 2018', 'retenk-2018'],
    ['Tromsø–Lenvik–Harstad', 'tromso-lenvik-harstad'],
    ['Evenášši / Evenes', 'evenassi-evenes'],
    ['  Blåbær  ', 'blabaer'],
  ])('%s → %s', (title, slug) => expect(nbSlugify(title)).toBe(slug))
})

describe('placeholder text', () => {
  test.each([
    ['Lorem ipsum dolor', 'Lorem ipsum'],
    ['… dolor sit amet …', 'dolor sit amet'],
    ['Tekst kommer (placeholder)', 'placeholder'],
    ['TODO skriv mer', 'TODO'],
    ['Telefon xxx xx xxx', 'xxx'],
  ])('%s is a placeholder', (text, phrase) => expect(findPlaceholder(text)).toBe(phrase))

  test.each([
    'Status per juni 2020',
    'Todo-lister i kommunen',
    'Luxx-hotellet',
    'Eksempel på samarbeid',
  ])('%s is real text', (text) => expect(findPlaceholder(text)).toBeUndefined())
})

describe('slugs', () => {
  test.each([
    'eksempel-pa-spp-bank-5',
    'test',
    'test-2',
    'untitled',
    'ny-side',
    'kopi-av-tiltak',
    'Store-Bokstaver',
  ])('%s is rejected', (slug) => expect(slugProblem(slug)).toMatch(/Generer/))

  test.each(['2', '2023'])('%s, digits only, would take a page number of a paged list', (slug) =>
    expect(slugProblem(slug)).toMatch(/sidetallene.*Generer/),
  )

  test.each([
    ['kommende', /«kommende» er adressen til listen/],
    ['kommende-2026', undefined],
    ['constructor', undefined],
    [undefined, undefined],
  ])('%s, reserved for a list: %s', (slug, problem) => {
    const found = reservedSlugProblem(slug, { kommende: 'listen over kommende arrangementer' })
    if (problem) expect(found).toMatch(problem)
    else expect(found).toBeUndefined()
  })

  test.each(['testing-av-fiber', 'sor-troms', 'retenk-2018', '2020-2023', undefined])(
    '%s is accepted',
    (slug) => expect(slugProblem(slug)).toBeUndefined(),
  )

  test.each([
    ['troms-skal-vaere-en-region', 'Sør-Troms skal være en region', false],
    ['sor-troms-skal-vaere-en-region', 'Sør-Troms skal være en region', true],
    ['sor-troms', 'Sør-Troms skal være en region', true],
    ['sor-tro', 'Sør-Troms skal være en region', false],
    ['re-tenk', 'Re:tenk', true],
    ['retenk', 'Re:tenk', true],
    ['innovasjon-entreprenorskap', 'Innovasjon og entreprenørskap', true],
    ['ung-2020-2023', 'Ung', true],
    [
      'oppna-regional-avstandsreduksjon-harstadregionen',
      'Oppnå regional avstandsreduksjon for Harstadregionen',
      true,
    ],
    [
      'troms-skal-vaere-en-region-innovatorer-og-entreprenorer',
      'Sør-Troms: en region for innovatører og entreprenører',
      false,
    ],
    ['innovasjon-kompetanse', 'Innovasjon og entreprenørskap', false],
  ])('%s from «%s» derived: %s', (slug, title, derived) =>
    expect(slugTitleProblem(slug, [title]) === undefined).toBe(derived),
  )

  test('the short title also counts as a source', () => {
    expect(slugTitleProblem('rv83', ['Utbedring av riksvei 83', 'RV83'])).toBeUndefined()
  })
})

describe('contact details', () => {
  test.each([
    ['post@harstad.kommune.no', true],
    ['ola.nordmann@halogalandsradet.no', true],
    ['post@harstad', false],
    ['post harstad@kommune.no', false],
    ['@harstad.kommune.no', false],
    [' post@harstad.kommune.no', false],
  ])('e-mail %s valid: %s', (email, valid) => expect(emailProblem(email) === undefined).toBe(valid))

  test.each([
    ['77 02 30 00', true],
    ['77023000', true],
    ['+47 77 02 30 00', true],
    ['+4777023000', true],
    ['770 23 000', true],
    ['77 02 30', false],
    ['77-02-30-00', false],
    ['+46 77 02 30 00', false],
    ['123456789', false],
  ])('phone %s valid: %s', (phone, valid) => expect(phoneProblem(phone) === undefined).toBe(valid))

  test.each([
    ['https://retenk.no/', true],
    ['http://www.strr.no/tiltak?id=3', true],
    ['mailto:post@halogalandsradet.no', true],
    ['www.retenk.no', false],
    ['https://retenk', false],
    ['ftp://retenk.no/', false],
    ['https://retenk.no/med mellomrom', false],
    ['mailto:post', false],
  ])('URL %s valid: %s', (url, valid) => expect(urlProblem(url) === undefined).toBe(valid))

  test.each([
    ['https://www.harstad.kommune.no/', true],
    ['http://www.strr.no/', true],
    ['mailto:postmottak@harstad.kommune.no', false],
  ])('website %s valid: %s', (url, valid) => {
    const problem = urlProblem(url, WEB_SCHEMES)
    expect(problem === undefined).toBe(valid)
    if (problem)
      expect(problem).toMatch(/https:\/\/ eller http:\/\/.*e-postadresse hører ikke hjemme/)
  })

  test.each([undefined, null, ''])('empty value %s is left to «required»', (value) => {
    expect([emailProblem(value), phoneProblem(value), urlProblem(value)]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe('e-mail domain against the organisation website', () => {
  test.each([
    ['a@halogalandsradet.no', 'https://www.halogalandsradet.no/', true],
    ['a@post.halogalandsradet.no', 'https://halogalandsradet.no', true],
    ['a@harstad.kommune.no', 'https://www.halogalandsradet.no/', false],
    ['a@strr.no', 'https://www.halogalandsradet.no/', false],
    ['a@harstad.kommune.no', 'ikke en adresse', true],
  ])('%s with %s matches: %s', (email, website, matches) =>
    expect(emailDomainProblem(email, website) === undefined).toBe(matches),
  )
})

describe('order of dates', () => {
  const entry = (key: string, date: string) => ({ _key: key, date })

  test.each([
    ['in order', [entry('a', '2019-01-01'), entry('b', '2020-01-01')], []],
    ['same day twice', [entry('a', '2019-01-01'), entry('b', '2019-01-01')], []],
    ['out of order', [entry('a', '2020-01-01'), entry('b', '2019-01-01')], ['b']],
    [
      'after a later entry',
      [entry('a', '2021-01-01'), entry('b', '2019-01-01'), entry('c', '2020-01-01')],
      ['b', 'c'],
    ],
    ['in the future', [entry('a', '2019-01-01'), entry('b', '2030-01-02')], ['b']],
  ])('progress log %s', (_name, entries, flagged) => {
    const keys = progressLogProblems(entries, '2030-01-01').map(
      (problem) => (problem.path?.[0] as { _key: string })._key,
    )
    expect(keys).toEqual(flagged)
  })

  test.each([
    [{ startDate: '2019-06-12' }, true],
    [
      { startDate: '2019-06-12', endDate: '2019-06-13', startTime: '15:00', endTime: '09:00' },
      true,
    ],
    [{ startDate: '2019-06-12', endDate: '2019-06-11' }, false],
    [{ startDate: '2019-06-12', startTime: '15:00', endTime: '09:00' }, false],
  ])('event %o valid: %s', (event, valid) => expect(eventTimeProblems(event) === true).toBe(valid))

  test('today is taken in Norway, not UTC', () => {
    expect(osloToday(new Date('2020-06-11T22:30:00Z'))).toBe('2020-06-12')
  })
})

describe('rules that need other documents skip without a client', () => {
  const offline = {
    getClient: () => {
      throw new Error('no client offline')
    },
    document: {
      _id: 'x',
      _type: 'measure',
      goal: { _ref: 'goal.a' },
      organisation: { _ref: 'organisation.a' },
    },
  } as unknown as ValidationContext

  test('contextClient returns undefined', () => expect(contextClient(offline)).toBeUndefined())
  test('strategy rule passes', async () => expect(await strategyOfGoal('k9', offline)).toBe(true))
  test('e-mail domain rule passes', async () =>
    expect(await emailMatchesOrganisation('a@b.no', offline)).toBe(true))
})
