import { expect, test } from 'vitest'
import { serializeJsonLd } from '../../src/lib/seo/serializeJsonLd'

test('content cannot close the script element, and the JSON still parses to the same value', () => {
  const data = { name: '</script><script>alert(1)</script>', text: 'a & b \u2028' }
  const json = serializeJsonLd(data)
  expect(json).not.toMatch(/<|>|&/)
  expect(JSON.parse(json)).toEqual(data)
})
