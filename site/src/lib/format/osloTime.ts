import { parseCalendarDate } from './calendarDate'

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

// Created once: constructing an Intl formatter costs far more than using one, and builds call this per event.
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  timeZoneName: 'longOffset',
})

/** Oslo's UTC offset (`+01:00` or `+02:00`) at a given instant. */
function osloOffsetAt(instant: Date): string {
  const name = offsetFormat
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value
  const offset = name?.replace('GMT', '') ?? ''
  return offset === '' ? '+00:00' : offset
}

/**
 * The instant of a wall-clock time in Oslo (`date` `YYYY-MM-DD`, `time` `HH:MM`), with its ISO string carrying
 * Oslo's offset that day, so that calendar files and `<time datetime>` agree with what the page says.
 */
export function osloInstant(date: string, time: string): { instant: Date; iso: string } {
  const match = TIME.exec(time)
  if (!match) throw new Error(`Expected a time as HH:MM, got "${time}"`)
  const { year, month, day } = parseCalendarDate(date)
  const guess = new Date(Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2])))
  // The offset at the guessed instant is right except within an hour of a DST switch, which no event uses.
  const offset = osloOffsetAt(guess)
  const iso = `${date}T${time}:00${offset}`
  return { instant: new Date(iso), iso }
}
