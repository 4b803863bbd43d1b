// React's own escapes, so that string renderings (badges, lists, rich text) and React's stay byte for byte the same.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
}

/** Text or an attribute value, escaped for HTML as React escapes it. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
