/** Norwegian phone: eight digits, optionally after +47, spaces allowed between digits. */
const PHONE = /^(\+47 ?)?\d( ?\d){7}$/

/** A plain e-mail address: one @, a dotted domain, no spaces. */
const EMAIL =
  /^[^\s@]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** URL schemes editors may link to. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const

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

/** What an editor should do about a missing or malformed link address. */
export const URL_ADVICE =
  'Lim inn hele adressen med domene, som begynner med https://, http:// eller mailto:, for eksempel https://retenk.no/.'

/** Problem with a link address, or undefined when it is empty or a well-formed http(s)/mailto URL. */
export function urlProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || /\s/.test(value)) return URL_ADVICE
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return URL_ADVICE
  }
  const scheme = url.protocol.replace(/:$/, '')
  if (!(LINK_SCHEMES as readonly string[]).includes(scheme)) return URL_ADVICE
  if (scheme === 'mailto') {
    return emailProblem(decodeURIComponent(url.pathname))
      ? 'Skriv mailto:navn@domene.no.'
      : undefined
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(url.hostname)) {
    return URL_ADVICE
  }
  return undefined
}
