/** Name and editor-facing text of a field built by a factory. */
export interface FieldText {
  name: string
  title: string
  description?: string
}
