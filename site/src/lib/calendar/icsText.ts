// Control characters TEXT may not hold (RFC 5545 3.3.11): all but tab and the line breaks, which become `\n`.
// Text pasted from word processors can carry them (a vertical tab for a soft line break, for one).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/** RFC 5545 TEXT escaping: backslash, semicolon and comma escaped, line breaks as `\n`, control characters gone. */
export function icsText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/([\\;,])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Octets of one code point in UTF-8. */
const utf8Size = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4

/**
 * One unfolded content line, folded so that no line is longer than 75 octets (RFC 5545 3.1): each continuation
 * starts with a space, and a character is never split across lines.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line
  const lines: string[] = []
  let start = 0
  let octets = 0
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i)!
    const size = utf8Size(codePoint)
    // The first line holds 75 octets; a continuation's leading space leaves 74.
    if (octets + size > (lines.length === 0 ? 75 : 74)) {
      lines.push(line.slice(start, i))
      start = i
      octets = 0
    }
    octets += size
    i += codePoint > 0xffff ? 2 : 1
  }
  lines.push(line.slice(start))
  return lines.join('\r\n ')
}

/** One content line (`NAME:value`), folded at 75 octets (`foldLine`). */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`)
}
