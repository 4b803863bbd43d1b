import type { StatusLight } from '../../../../schemas/constants'
import { StatusBadge } from '../../../../schemas/ui/StatusBadge'

/** One row of a measure list: where it links, what it says, and its traffic light. */
export interface MeasureItem {
  id: string
  href: string
  title: string
  status: { light: StatusLight; reason: string | null; label: string | null }
  /** A line under the title (e.g. the goal, in lists that mix goals). */
  note?: string | undefined
}

/**
 * The one markup for a list of measures, shared by the /tiltak/ island and the static lists (rendered there
 * with no client directive): a link per measure with its status badge.
 */
export function MeasureItems({ items }: { items: readonly MeasureItem[] }) {
  return (
    <ul className="measure-list">
      {items.map((item) => (
        <li key={item.id} className="measure-list__item">
          <div>
            <a href={item.href} className="measure-list__title">
              {item.title}
            </a>
            {item.note && <p className="measure-list__note">{item.note}</p>}
          </div>
          <StatusBadge
            light={item.status.light}
            reason={item.status.reason}
            label={item.status.label}
          />
        </li>
      ))}
    </ul>
  )
}
