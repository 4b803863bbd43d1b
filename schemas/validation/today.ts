/** Today's date as YYYY-MM-DD in Norway, where the editors work (the server clock may run in UTC). */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now)
}
