import { parse } from 'groq-js'
import { expect, test } from 'vitest'
import * as queries from '../../src/lib/queries'
import { typeScope } from '../../src/lib/content/typeScope'

test.each([
  ['*[_type == "measure"] | order(_id asc)', 'measure'],
  ['*[_type == "programme" && _id == "programme"][0]{name}', 'programme'],
  ['*[_id == "programme" && _type == "programme"][0]', 'programme'],
  ['*[_type == "goal"]{_id, "focus": focusArea->title}', 'goal'],
  ['count(*[_type == "event"])', 'event'],
  // not provably one type: every document must be seen
  ['*[_type == "goal" || _type == "measure"]', undefined],
  ['*[_type != "goal"]', undefined],
  ['*[_type == $type]', undefined],
  ['*[_id == "programme"][0]', undefined],
  ['*', undefined],
  ['*[_type == "goal"]{"all": count(*)}', undefined],
  ['*[_type == "goal"]{"same": *[_type == "goal" && ^._id == _id]}', undefined],
  ['*[foo._type == "goal"]', undefined],
])('%s runs over %s', (query, expected) => {
  expect(typeScope(parse(query))).toBe(expected)
})

test('every collection query of the site is scoped to its type', () => {
  const scopes = Object.entries(queries).map(([name, query]) => [name, typeScope(parse(query))])
  expect(scopes.every(([, scope]) => typeof scope === 'string')).toBe(true)
})
