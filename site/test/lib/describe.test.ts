import { expect, test } from 'vitest'
import { describe as describeText } from '../../src/lib/seo/describe'

test.each([
  ['  Kort   tekst\n', 'reserve', 'Kort tekst'],
  ['', 'reserve', 'reserve'],
  [null, 'reserve', 'reserve'],
])('%o → %s', (text, fallback, expected) => {
  expect(describeText(text, fallback)).toBe(expected)
})

test('a long text is cut at a word boundary to at most 160 characters, with an ellipsis', () => {
  const long = 'ord '.repeat(60)
  const result = describeText(long, 'x')
  expect(result.length).toBeLessThanOrEqual(160)
  expect(result.endsWith('ord…')).toBe(true)
})
