import { STATUS_LIGHTS, type StatusLight } from '../../../../schemas/constants'

/** The short name of a light («Grønn», «Ikke rapportert»): the same words the shared StatusBadge uses. */
export { lightName } from '../../../../schemas/ui/statusText'

/** Every light in legend order. */
export const LIGHTS: readonly StatusLight[] = STATUS_LIGHTS.map((choice) => choice.value)
