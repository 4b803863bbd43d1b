import { defineField } from 'sanity'
import { endBeforeStart } from '../validation/ranges'

/** The `from`/`to` date pair of a dated history entry; an empty `to` means it still applies. */
export function validityFields() {
  return [
    defineField({ name: 'from', title: 'Fra dato', type: 'date' }),
    defineField({
      name: 'to',
      title: 'Til dato',
      type: 'date',
      description: 'Tom: gjelder fortsatt.',
      validation: (rule) =>
        rule.custom(
          (to, context) =>
            endBeforeStart((context.parent as { from?: string } | undefined)?.from, to) ?? true,
        ),
    }),
  ]
}
