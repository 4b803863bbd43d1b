/** A `tel:` URL for a Norwegian phone number as editors write it («77 02 30 00», «+47 77 02 30 00»). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '')
  if (!/^(\+47)?\d{8}$/.test(digits)) throw new Error(`Not a Norwegian phone number: "${phone}"`)
  return `tel:${digits.startsWith('+') ? digits : `+47${digits}`}`
}
