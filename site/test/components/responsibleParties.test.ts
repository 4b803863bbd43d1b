import { expect, test } from 'vitest'
import ResponsibleParties from '../../src/components/measure/ResponsibleParties.astro'
import type { Measure } from '../../src/lib/content/types'
import { render } from './renderComponent'

type Entry = Measure['responsible'][number]

const person = (
  name: string,
  role: string | null,
  municipality: string | null,
  organisation: string | null = 'Hålogalandsrådet',
): Entry => ({
  _key: name,
  heading: 'prosjektleder',
  note: null,
  party: {
    _type: 'person',
    _id: `person.${name}`,
    name,
    slug: name.toLowerCase(),
    role,
    municipality,
    organisation,
  },
})

/** The text of each list item, tags removed. */
const items = (html: string): string[] =>
  [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '|')
      .replace(/\|+/g, '|')
      .replace(/^\||\|$/g, ''),
  )

test('a person is named with role, place and organisation, each once, under the heading they have', async () => {
  const html = await render(ResponsibleParties, {
    responsible: [
      person('Kari', 'Ordfører', 'Harstad'),
      person('Ola', null, null),
      person('Per', null, null, null),
    ],
  })
  expect(html).toMatch(/<h3[^>]*>Prosjektleder<\/h3>/)
  expect(items(html)).toEqual([
    'Kari|Ordfører i Harstad, Hålogalandsrådet',
    'Ola|Hålogalandsrådet',
    // Nothing to say about him: his name alone, no empty line under it.
    'Per',
  ])
  expect(html).not.toMatch(/<span[^>]*><\/span>/)
})
