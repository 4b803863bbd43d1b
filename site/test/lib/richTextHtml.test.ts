import { describe, expect, test } from 'vitest'
import type { PortableText } from '../../src/lib/content/types'
import { richTextHtml, richTextParts } from '../../src/lib/portableText/richTextHtml'

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text, text, marks })
const block = (key: string, text: string, extra: object = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [span(text)],
  ...extra,
})
const image = (key: string) => ({
  _type: 'imageWithAlt',
  _key: key,
  alt: `Bilde ${key}`,
  asset: { _ref: 'image-abc-800x600-jpg' },
})
const text = (...members: object[]) => members as unknown as PortableText

describe('richTextParts', () => {
  test('splits the text around its images, in order', () => {
    const parts = richTextParts(
      text(block('a', 'Før'), image('1'), block('b', 'Mellom'), image('2'), image('3')),
    )
    expect(parts.map((part) => ('image' in part ? part.image.alt : part.html))).toEqual([
      '<p>Før</p>',
      'Bilde 1',
      '<p>Mellom</p>',
      'Bilde 2',
      'Bilde 3',
    ])
  })

  test('no text gives no parts', () => {
    expect(richTextParts(undefined)).toEqual([])
    expect(richTextParts(text())).toEqual([])
  })
})

describe('richTextHtml', () => {
  test('decorators nest inside links, and lists nest by level', () => {
    const html = richTextHtml(
      text(
        {
          ...block('a', ''),
          children: [span('viktig', ['strong', 'l1']), span(' og ', []), span('skrått', ['em'])],
          markDefs: [{ _key: 'l1', _type: 'externalLink', href: 'https://example.no/' }],
        },
        block('b', 'en', { listItem: 'number', level: 1 }),
        block('c', 'under', { listItem: 'bullet', level: 2 }),
        block('d', 'to', { listItem: 'number', level: 1 }),
      ),
    )
    expect(html).toBe(
      '<p><a href="https://example.no/"><strong>viktig</strong></a> og <em>skrått</em></p>' +
        '<ol><li>en<ul><li>under</li></ul></li><li>to</li></ol>',
    )
  })

  test('escapes text and hrefs, keeping repeated spaces as they are', () => {
    const html = richTextHtml(
      text({
        ...block('a', ''),
        children: [span(`«Tom & Jerry's»  <b>`, ['l1'])],
        markDefs: [{ _key: 'l1', _type: 'externalLink', href: 'https://example.no/?a=1&b="2"' }],
      }),
    )
    expect(html).toBe(
      '<p><a href="https://example.no/?a=1&amp;b=&quot;2&quot;">' +
        '«Tom &amp; Jerry&#x27;s»  &lt;b&gt;</a></p>',
    )
  })

  test('keeps the text of an unknown style, mark or list, and of line breaks', () => {
    const html = richTextHtml(
      text(
        block('a', 'Liten tekst', { style: 'small' }),
        {
          ...block('b', ''),
          children: [
            span('understreket', ['underline']),
            span('kode', ['code']),
            span('lenke', ['l1']),
            span('linje 1\nlinje 2'),
          ],
          markDefs: [{ _key: 'l1', _type: 'link', href: 'https://example.no/' }],
        },
        block('c', 'punkt', { listItem: 'roman', level: 1 }),
      ),
    )
    expect(html).toContain('<p data-portabletext-style="small">Liten tekst</p>')
    for (const text of ['understreket', 'kode', 'lenke']) {
      expect(html).toContain(`<span data-portabletext-unknown="mark">${text}</span>`)
    }
    expect(html).not.toContain('<a ')
    expect(html).toContain('linje 1<br>linje 2')
    expect(html).toContain('<ul data-portabletext-unknown="list"><li>punkt</li></ul>')
    expect(html).not.toMatch(/\sstyle=/)
  })

  test('an unknown inline object is a visible notice inside its paragraph', () => {
    const html = richTextHtml(
      text({
        ...block('a', ''),
        children: [span('Se '), { _type: 'footnote', _key: 'f' }],
      }),
    )
    expect(html).toBe(
      '<p>Se <span class="pt-unknown" data-portabletext-unknown="footnote">' +
        '[Dette innholdet («footnote») kan ikke vises her ennå.]</span></p>',
    )
  })

  describe('headings rank below the heading the text sits under', () => {
    const headings = text(
      block('a', 'Bakgrunn', { style: 'h2' }),
      block('b', 'Detaljer', { style: 'h3' }),
      block('c', 'Tekst'),
    )

    test('a page body right under the h1 keeps the editor’s levels', () => {
      const expected = '<h2>Bakgrunn</h2><h3>Detaljer</h3><p>Tekst</p>'
      expect(richTextHtml(headings)).toBe(expected)
      expect(richTextHtml(headings, { headingBase: 1 })).toBe(expected)
    })

    test('under a section h2, an h2 becomes an h3 and an h3 an h4', () => {
      expect(richTextHtml(headings, { headingBase: 2 })).toBe(
        '<h3>Bakgrunn</h3><h4>Detaljer</h4><p>Tekst</p>',
      )
    })

    test('never below h6', () => {
      expect(richTextHtml(headings, { headingBase: 5 })).toBe(
        '<h6>Bakgrunn</h6><h6>Detaljer</h6><p>Tekst</p>',
      )
    })

    test('the runs between images are shifted alike', () => {
      const parts = richTextParts(
        text(block('a', 'Før', { style: 'h2' }), image('1'), block('b', 'Etter', { style: 'h3' })),
        { headingBase: 2 },
      )
      expect(parts.flatMap((part) => ('html' in part ? [part.html] : []))).toEqual([
        '<h3>Før</h3>',
        '<h4>Etter</h4>',
      ])
    })
  })
})
