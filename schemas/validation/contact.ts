/** Norwegian phone: eight digits, optionally after +47, spaces allowed between digits. */
const PHONE = /^(\+47 ?)?\d( ?\d){7}$/

/** A plain e-mail address: one @, a dotted domain, no spaces. */
const EMAIL =
  /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** URL schemes editors may link to. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const

/** URL schemes of a website address: a page a browser opens, never an e-mail address. */
export const WEB_SCHEMES = ['https', 'http'] as const

/** One URL scheme a field may allow. */
export type LinkScheme = (typeof LINK_SCHEMES)[number]

/** Problem with an e-mail address, or undefined when it is empty or well formed. */
export function emailProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || !EMAIL.test(value.trim()) || value.trim() !== value) {
    return 'Skriv e-postadressen som navn@domene.no, uten mellomrom.'
  }
  return undefined
}

/** Problem with a Norwegian phone number, or undefined when it is empty or well formed. */
export function phoneProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || !PHONE.test(value)) {
    return 'Skriv et norsk telefonnummer med 8 sifre, gjerne med mellomrom: 77 00 00 00 eller +47 77 00 00 00.'
  }
  return undefined
}

/** What an editor should do about a missing or malformed link address, for a field that allows `schemes`. */
export function urlAdvice(schemes: readonly LinkScheme[] = LINK_SCHEMES): string {
  if (schemes.includes('mailto')) {
    return 'Lim inn hele adressen med domene, som begynner med https://, http:// eller mailto:, for eksempel https://retenk.no/.'
  }
  return 'Lim inn nettstedets adresse med domene, som begynner med https:// eller http://, for eksempel https://retenk.no/. En e-postadresse hører ikke hjemme her.'
}

/** Problem with a link address, or undefined when it is empty or a well-formed URL with one of `schemes`. */
export function urlProblem(
  value: unknown,
  schemes: readonly LinkScheme[] = LINK_SCHEMES,
): string | undefined {
  const advice = urlAdvice(schemes)
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || /\s/.test(value)) return advice
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return advice
  }
  const scheme = url.protocol.replace(/:$/, '')
  if (!(schemes as readonly string[]).includes(scheme)) return advice
  if (scheme === 'mailto') {
    return emailProblem(decodeURIComponent(url.pathname))
      ? 'Skriv mailto:navn@domene.no.'
      : undefined
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) {
    return advice
  }
  return undefined
}
