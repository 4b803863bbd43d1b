import { createHash } from 'node:crypto'
import { parse } from 'node-html-parser'

/** One response-header rule: a Netlify/Cloudflare `_headers` path pattern and the headers sent for it. */
export interface HeaderRule {
  path: string
  headers: Record<string, string>
}

/** What the built HTML needs the policy to allow, found by `scanInlineCode`. */
export interface InlineCode {
  /** CSP source expressions (`'sha256-…'`) of every inline executable `<script>`. */
  scriptHashes: string[]
  /** CSP source expressions of every inline `<style>` element. */
  styleHashes: string[]
  /** CSP source expressions of every `style="…"` attribute value. */
  styleAttributeHashes: string[]
  /** True when a page loads Pagefind, whose search index runs as WebAssembly. */
  usesWasm: boolean
}

/** File name of the header manifest the static server reads, written next to `_headers`. */
export const headerManifestFile = '_headers.json'

// Script types a browser executes; data blocks (JSON-LD, import maps aside) are not subject to script-src.
const executableScriptTypes = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
])

/** CSP source expression for one inline script or style body: `'sha256-<base64>'` over its exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Collects hashes of inline scripts, styles and style attributes across the given HTML documents, as UTF-8
 * bytes (what a build's files hold) or as text.
 */
export function scanInlineCode(htmlDocuments: Iterable<Uint8Array | string>): InlineCode {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const styleAttributes = new Set<string>()
  let usesWasm = false
  for (const document of htmlDocuments) {
    const bytes =
      typeof document === 'string'
        ? Buffer.from(document, 'utf8')
        : Buffer.from(document.buffer, document.byteOffset, document.byteLength)
    // One character per byte. Tags and attribute names are ASCII, so the patterns below match where they would in
    // the decoded text, and at byte offsets: only the bodies that are hashed are decoded as UTF-8. Decoding every
    // page whole took most of the time of a 16,000-page scan (docs/performance.md).
    const html = bytes.toString('latin1')
    if (html.includes('/pagefind/')) usesWasm = true
    // Most pages have no inline code at all; one pass tells.
    if (!/<script|<style|\sstyle\s*=/i.test(html)) continue
    // The text of a match's group, decoded from the bytes it spans.
    const group = (match: RegExpExecArray, n: number): string => {
      const [start, end] = match.indices?.[n] ?? [0, 0]
      return bytes.toString('utf8', start, end)
    }
    // Raw-text elements end at the first matching end tag, so a regex reads their exact body — the bytes
    // the browser hashes. A DOM parser would normalise them.
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/dgi)) {
      const attributes = match[1] ?? ''
      const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? ''
      if (/\bsrc\s*=/i.test(attributes) || !executableScriptTypes.has(type)) continue
      scripts.add(cspHash(group(match, 2)))
    }
    for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/dgi)) {
      styles.add(cspHash(group(match, 1)))
    }
    if (/\sstyle\s*=/i.test(html)) {
      // Attribute values are hashed after entity decoding, as the browser sees them.
      for (const element of parse(bytes.toString('utf8')).querySelectorAll('[style]')) {
        styleAttributes.add(cspHash(element.getAttribute('style') ?? ''))
      }
    }
  }
  return {
    scriptHashes: [...scripts].sort(),
    styleHashes: [...styles].sort(),
    styleAttributeHashes: [...styleAttributes].sort(),
    usesWasm,
  }
}

/** The Content-Security-Policy for a build with the given inline code. */
export function contentSecurityPolicy(inline: InlineCode): string {
  const scriptSrc = ["'self'", ...inline.scriptHashes]
  // Pagefind compiles its search index as WebAssembly; 'wasm-unsafe-eval' allows only that, not JS eval.
  if (inline.usesWasm) scriptSrc.push("'wasm-unsafe-eval'")
  // No 'unsafe-inline' for styles: Astro's inlined <style> blocks are allowed by hash. Attribute styles
  // (e.g. an SVG `style="…"`) can only be allowed by hash together with 'unsafe-hashes', which is still
  // narrower than 'unsafe-inline' because it permits exactly those attribute values.
  const styleSrc = ["'self'", ...inline.styleHashes]
  if (inline.styleAttributeHashes.length > 0) {
    styleSrc.push("'unsafe-hashes'", ...inline.styleAttributeHashes)
  }
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    `style-src ${styleSrc.join(' ')}`,
    "img-src 'self' data: https://cdn.sanity.io",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** Every security header of the site, the one definition `_headers` and the static server share. */
export function securityHeaders(inline: InlineCode): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inline),
    // Two years; no `preload`, because joining the browsers' preload list is a decision for the domain owner.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/** Header rules for a build: security headers on every path, long caching for Astro's hashed assets. */
export function headerRules(inline: InlineCode): HeaderRule[] {
  return [
    { path: '/*', headers: securityHeaders(inline) },
    { path: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ]
}

/** Renders rules in the `_headers` format that Netlify and Cloudflare Pages read. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  return rules
    .map(
      (rule) =>
        `${rule.path}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    )
    .join('\n')
}

/** True when a `_headers` path pattern (`*` matches any run of characters) matches a URL path. */
export function matchesHeaderPath(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`).test(urlPath)
}

/** Merges every rule matching a URL path, later rules overriding earlier ones, as Netlify does. */
export function headersForPath(rules: HeaderRule[], urlPath: string): Record<string, string> {
  return Object.assign(
    {},
    ...rules.filter((rule) => matchesHeaderPath(rule.path, urlPath)).map((rule) => rule.headers),
  )
}
