import { expect, test } from 'vitest'
import { createLocalClient } from '../localClient'

const documents = [
  { _id: 'organisation.hr', _type: 'organisation', name: 'Hålogalandsrådet' },
  {
    _id: 'person.a',
    _type: 'person',
    name: 'A',
    organisation: { _type: 'reference', _ref: 'organisation.hr' },
  },
  { _id: 'person.b', _type: 'person', name: 'B' },
]

test.each([
  ['*[_type == $type] | order(name asc).name', { type: 'person' }, ['A', 'B']],
  ['*[_id == $id][0].organisation->name', { id: 'person.a' }, 'Hålogalandsrådet'],
  ['!defined(*[_type == "person" && name == $name][0]._id)', { name: 'C' }, true],
  ['count(*)', undefined, 3],
])('fetch(%s) answers with groq-js over the documents', async (query, params, expected) => {
  const client = createLocalClient(documents)
  expect(await client.fetch(query, params)).toEqual(expected)
  expect(await client.withConfig({ apiVersion: '2025-02-19' }).fetch(query, params)).toEqual(
    expected,
  )
})

test('a GROQ syntax error is reported, not swallowed', async () => {
  await expect(createLocalClient(documents).fetch('*[_type ==')).rejects.toThrow()
})
