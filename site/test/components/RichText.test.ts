import { describe, expect, test } from 'vitest'
import RichText from '../../src/components/portableText/RichText.astro'
import { render } from './renderComponent'

const span = (text: string, marks: string[] = []) => ({
  _type: 'span',
  _key: `s-${text}`,
  text,
  marks,
})
const block = (key: string, children: object[], markDefs: object[] = [], style = 'normal') => ({
  _type: 'block',
  _key: key,
  style,
  markDefs,
  children,
})
const linkTo = (_type: string, slug: string | null) =>
  block(
    `b-${_type}`,
    [span('lenketekst', ['m1'])],
    [{ _key: 'm1', _type: 'internalLink', target: { _type, slug } }],
  )

describe('RichText', () => {
  test.each([
    ['measure', 'sikre-havn', '/prosjekt/sikre-havn/'],
    ['goal', 'et-mal', '/prosjekt/et-mal/'],
    ['focusArea', 'ung', '/strategiomrader/ung/'],
    ['municipality', 'harstad', '/kommuner/harstad/'],
    ['event', 'skaperkraft', '/arrangementer/skaperkraft/'],
    ['newsItem', 'nytt', '/aktuelt/nytt/'],
    ['page', 'om-programmet', '/om/om-programmet/'],
    ['plan', 'retenk', '/om/planer/retenk/'],
  ])('an internal link to a %s goes to its URL family', async (type, slug, href) => {
    const html = await render(RichText, { value: [linkTo(type, slug)] })
    expect(html).toContain(`<a href="${href}">lenketekst</a>`)
  })

  test('an internal link whose target has no page stays plain text', async () => {
    const html = await render(RichText, { value: [linkTo('measure', null)] })
    expect(html).toContain('lenketekst')
    expect(html).not.toContain('<a ')
  })

  test('an external link opening a new tab says so; a javascript: URL is not linked', async () => {
    const html = await render(RichText, {
      value: [
        block(
          'ext',
          [span('ny fane', ['e1'])],
          [{ _key: 'e1', _type: 'externalLink', href: 'https://example.no/', openInNewTab: true }],
        ),
        block(
          'bad',
          [span('farlig', ['e2'])],
          [{ _key: 'e2', _type: 'externalLink', href: 'javascript:alert(1)' }],
        ),
      ],
    })
    expect(html).toMatch(
      /<a href="https:\/\/example.no\/" target="_blank" rel="noopener noreferrer"/,
    )
    expect(html).toContain('(åpnes i ny fane)')
    expect(html).not.toContain('javascript:')
  })

  test('an unknown block type is shown as a visible notice, not dropped', async () => {
    const html = await render(RichText, { value: [{ _type: 'mysteryWidget', _key: 'x' }] })
    expect(html).toContain('data-portabletext-unknown="mysteryWidget"')
    expect(html).toContain('kan ikke vises her')
    expect(html).not.toMatch(/display:\s*none/)
  })

  test('text is escaped, never interpreted as markup', async () => {
    const html = await render(RichText, {
      value: [block('x', [span('<script>alert(1)</script> "><img src=x onerror=alert(1)>')])],
    })
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;')
  })

  test('headings, lists and an image without an asset render without a hole', async () => {
    const html = await render(RichText, {
      value: [
        block('h', [span('Overskrift')], [], 'h2'),
        { ...block('l', [span('punkt')]), listItem: 'bullet', level: 1 },
        { _type: 'imageWithAlt', _key: 'img', alt: 'Bilde uten fil' },
      ],
    })
    expect(html).toContain('<h2>Overskrift</h2>')
    expect(html).toMatch(/<ul>\s*<li>punkt<\/li>\s*<\/ul>/)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<figure')
  })

  test('an empty value renders nothing', async () => {
    expect((await render(RichText, { value: [] })).trim()).toBe('')
  })
})
