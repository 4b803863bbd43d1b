import { describe, expect, test } from 'vitest'
import { project, projectEach, resolveRef, resolveRefs } from '../../src/lib/content/project'
import { resolveRichText, type LinkTargets } from '../../src/lib/content/richText'
import type { RichText } from '../../src/sanity.types'

const ref = (_ref: string) => ({ _ref })

describe('projections in JavaScript match what GROQ returned', () => {
  test.each([
    [
      'absent fields become null, present falsy values stay',
      { a: 0, b: false },
      { a: 0, b: false, c: null },
    ],
    ['an empty object', {}, { a: null, b: null, c: null }],
  ])('%s', (_name, value, expected) => {
    expect(project(value as { a?: number; b?: boolean; c?: string }, ['a', 'b', 'c'])).toEqual(
      expected,
    )
  })

  test('an absent object projects to null and an absent list to []', () => {
    expect(project(undefined as { a?: string } | undefined, ['a'])).toBeNull()
    expect(projectEach(undefined as Array<{ a?: string }> | undefined, ['a'])).toEqual([])
    expect(projectEach([{ a: 'x', extra: 1 }], ['a'])).toEqual([{ a: 'x' }])
  })

  test('references resolve through the map; dangling ones are dropped from lists and null alone', () => {
    const byId = new Map([
      ['x', 'X'],
      ['y', 'Y'],
    ])
    expect(resolveRefs([ref('y'), ref('missing'), ref('x')], byId)).toEqual(['Y', 'X'])
    expect(resolveRefs(undefined, byId)).toEqual([])
    expect(resolveRef(ref('x'), byId)).toBe('X')
    expect(resolveRef(ref('missing'), byId)).toBeNull()
    expect(resolveRef(undefined, byId)).toBeNull()
  })
})

describe('resolveRichText', () => {
  const targets: LinkTargets = new Map([['goal.g1', { _type: 'goal', slug: 'mal-en' }]])
  const text = [
    {
      _type: 'block',
      _key: 'b1',
      children: [{ _type: 'span', _key: 's', text: 'Mål', marks: ['l1', 'l2', 'e1'] }],
      markDefs: [
        { _type: 'internalLink', _key: 'l1', reference: { _type: 'reference', _ref: 'goal.g1' } },
        { _type: 'internalLink', _key: 'l2', reference: { _type: 'reference', _ref: 'goal.gone' } },
        { _type: 'externalLink', _key: 'e1', href: 'https://example.org' },
      ],
    },
    { _type: 'block', _key: 'b2', children: [] },
    { _type: 'imageWithAlt', _key: 'i1', alt: 'Et bilde' },
  ] as RichText

  test('internal links get {_type, slug}, dangling ones null; other marks and members unchanged', () => {
    const [first, second, image] = resolveRichText(text, targets)
    expect(first).toMatchObject({
      markDefs: [
        { _key: 'l1', target: { _type: 'goal', slug: 'mal-en' } },
        { _key: 'l2', target: null },
        { _type: 'externalLink', _key: 'e1', href: 'https://example.org' },
      ],
    })
    expect(first && 'markDefs' in first && first.markDefs[2]).not.toHaveProperty('target')
    expect(second).toEqual({ _type: 'block', _key: 'b2', children: [], markDefs: [] })
    expect(image).toBe(text[2])
  })

  test('absent text is an empty list, and the stored text is never changed', () => {
    const before = JSON.stringify(text)
    resolveRichText(text, targets)
    expect(JSON.stringify(text)).toBe(before)
    expect(resolveRichText(undefined, targets)).toEqual([])
  })
})
