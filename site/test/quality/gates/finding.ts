/** One problem a gate found on one page. */
export interface Finding {
  /** The gate that found it, e.g. `axe`, `page`, `links`. */
  gate: string
  /** Site path of the page, e.g. `/tiltak/`. */
  page: string
  /** The rule broken, e.g. `image-alt` or `one-h1`. */
  rule: string
  message: string
}

/** Builds a finding. */
export function finding(gate: string, page: string, rule: string, message: string): Finding {
  return { gate, page, rule, message }
}

/** One line per finding, `page  gate/rule  message`, for an assertion message a person can act on. */
export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.page}  ${f.gate}/${f.rule}  ${f.message}`).join('\n')
}
