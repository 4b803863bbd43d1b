import { STATUS_LIGHTS, titleOf, type StatusLight } from '../../../../schemas/constants'

/** The short name of a light for headings and counts («Grønn», «Ikke rapportert»), from the shared titles. */
export function lightName(light: StatusLight): string {
  const title = titleOf(STATUS_LIGHTS, light)
  if (!title) throw new Error(`Unknown status light "${light}"`)
  return title.split(' – ')[0] ?? title
}

/** Every light in legend order. */
export const LIGHTS: readonly StatusLight[] = STATUS_LIGHTS.map((choice) => choice.value)
