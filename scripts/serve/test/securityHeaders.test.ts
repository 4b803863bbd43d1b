import { describe, expect, test } from 'vitest'
import {
  contentSecurityPolicy,
  cspHash,
  formatHeadersFile,
  headerRules,
  headersForPath,
  matchesHeaderPath,
  scanInlineCode,
  securityHeaders,
} from '../securityHeaders.ts'

const none = { scriptHashes: [], styleHashes: [], styleAttributeHashes: [], usesWasm: false }

describe('cspHash', () => {
  test('is the base64 SHA-256 the browser computes', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    expect(cspHash('alert(1)')).not.toBe(cspHash('alert(1) '))
  })
})

describe('scanInlineCode', () => {
  test.each([
    ['an inline classic script', '<script>run()</script>', ['run()']],
    ['an inline module script', '<script type="module">run()</script>', ['run()']],
    ['an uppercase tag with a spaced end tag', '<SCRIPT>run()</SCRIPT >', ['run()']],
    ['an external script', '<script type="module" src="/_astro/a.js"></script>', []],
    ['JSON-LD, a data block', '<script type="application/ld+json">{"a":1}</script>', []],
    ['two pages with the same script', '<script>x</script><p></p><script>x</script>', ['x']],
  ])('hashes %s', (_, html, bodies) => {
    expect(scanInlineCode([html]).scriptHashes).toEqual(bodies.map(cspHash).sort())
  })

  test('hashes the UTF-8 text of bodies with letters beyond ASCII, given bytes or text', () => {
    const body = 'document.title = "Søk – ÆØÅ æøå ✓"'
    const html = `<p>Blåbær</p><script>${body}</script><style>p::after{content:"–"}</style>`
    for (const document of [html, new TextEncoder().encode(html)]) {
      const found = scanInlineCode([document])
      expect(found.scriptHashes).toEqual([cspHash(body)])
      expect(found.styleHashes).toEqual([cspHash('p::after{content:"–"}')])
    }
  })

  test('finds nothing in a page without inline code, whatever else it holds', () => {
    const found = scanInlineCode(['<p>Skript og stil: &lt;script&gt; er tekst her, ikke kode.</p>'])
    expect(found).toEqual(none)
  })

  test('hashes style elements and decoded style attributes', () => {
    const found = scanInlineCode([
      '<style>a{color:red}</style><p style="content:&quot;x&quot;">t</p>',
    ])
    expect(found.styleHashes).toEqual([cspHash('a{color:red}')])
    expect(found.styleAttributeHashes).toEqual([cspHash('content:"x"')])
  })

  test.each([
    ['<script src="/pagefind/pagefind-ui.js"></script>', true],
    ['<script src="/_astro/island.js"></script>', false],
    ['<link rel="modulepreload" href="/pagefind/pagefind.js"><p>Søk</p>', true],
  ])('notices Pagefind in %s: %s', (html, usesWasm) => {
    expect(scanInlineCode([html]).usesWasm).toBe(usesWasm)
  })
})

describe('contentSecurityPolicy', () => {
  test('a site without inline code allows only its own origin', () => {
    const csp = contentSecurityPolicy(none)
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("style-src 'self';")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("img-src 'self' data: https://cdn.sanity.io")
  })

  test('inline code is allowed by hash, never by unsafe-inline', () => {
    const csp = contentSecurityPolicy({
      scriptHashes: ["'sha256-a'"],
      styleHashes: ["'sha256-b'"],
      styleAttributeHashes: ["'sha256-c'"],
      usesWasm: true,
    })
    expect(csp).toContain("script-src 'self' 'sha256-a' 'wasm-unsafe-eval';")
    expect(csp).toContain("style-src 'self' 'sha256-b' 'unsafe-hashes' 'sha256-c';")
    expect(csp).not.toContain('unsafe-inline')
  })
})

describe('header rules', () => {
  test('every security header is defined', () => {
    expect(Object.keys(securityHeaders(none))).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    )
  })

  test('the _headers file lists each path with indented headers', () => {
    const text = formatHeadersFile([{ path: '/*', headers: { 'X-A': '1', 'X-B': '2' } }])
    expect(text).toBe('/*\n  X-A: 1\n  X-B: 2\n')
  })

  test.each([
    ['/*', '/', true],
    ['/*', '/tiltak/', true],
    ['/_astro/*', '/_astro/a.css', true],
    ['/_astro/*', '/tiltak/', false],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matchesHeaderPath(pattern, path)).toBe(expected)
  })

  test('assets get both the security headers and long caching', () => {
    const headers = headersForPath(headerRules(none), '/_astro/a.css')
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Cache-Control']).toContain('immutable')
    expect(headersForPath(headerRules(none), '/')['Cache-Control']).toBeUndefined()
  })
})
