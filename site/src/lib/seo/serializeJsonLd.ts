/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as Unicode escapes, so
 * no content can close the script element or open markup; the JSON value is unchanged for a parser.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
