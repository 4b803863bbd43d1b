/** RFC 5545 TEXT escaping: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function icsText(text: string): string {
  return text.replace(/([\\;,])/g, '\\$1').replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * One content line (`NAME:value`), folded so that no line is longer than 75 octets (RFC 5545 3.1): each
 * continuation starts with a space, and a character is never split across lines.
 */
export function contentLine(name: string, value: string): string {
  const lines: string[] = []
  let line = ''
  let octets = 0
  for (const character of `${name}:${value}`) {
    const size = Buffer.byteLength(character, 'utf8')
    // The first line holds 75 octets; a continuation's leading space leaves 74.
    if (octets + size > (lines.length === 0 ? 75 : 74)) {
      lines.push(line)
      line = ''
      octets = 0
    }
    line += character
    octets += size
  }
  lines.push(line)
  return lines.join('\r\n ')
}
