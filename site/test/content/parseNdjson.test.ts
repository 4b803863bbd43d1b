import { expect, test } from 'vitest'
import { parseNdjson } from '../../src/lib/content/parseNdjson'

const doc = (id: string) => JSON.stringify({ _id: id, _type: 't' })

test.each([
  ['blank and CRLF lines', `\n${doc('a')}\r\n  \n${doc('b')}`, ['a', 'b'], []],
  ['no trailing newline', doc('a'), ['a'], []],
  ['a trailing newline', `${doc('a')}\n`, ['a'], []],
  ['empty text', '', [], []],
  [
    'bad lines named by 1-based line number, good ones kept',
    `\n${doc('a')}\nnot json\n[1]\n{"_type":"x"}\n{"_id":"c"}\n${doc('b')}`,
    ['a', 'b'],
    [
      'f.ndjson:3: invalid JSON',
      'f.ndjson:4: a line must hold one JSON object',
      'f.ndjson:5: missing string field "_id"',
      'f.ndjson:6: document "c" has no string field "_type"',
    ],
  ],
])('%s', (_name, text, ids, errors) => {
  const result = parseNdjson(text, 'f.ndjson')
  expect(result.documents.map((d) => d._id)).toEqual(ids)
  expect(result.errors.map((e) => e.message.replace(/ \(.*$/, ''))).toEqual(errors)
})
