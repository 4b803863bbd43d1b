/** Problem when a red status lacks its reason. */
export function redReasonProblem(light: unknown, reason: unknown): string | undefined {
  return light === 'red' && !reason
    ? 'Rød status må ha en årsak: velg avsluttet, ikke startet eller satt på pause.'
    : undefined
}
