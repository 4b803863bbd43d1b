import type { StatusSummary } from '../content/types'
import { lightName } from './lightName'

/** Geometry of the status chart in SVG user units. */
export const CHART = { width: 360, rowHeight: 64, barWidth: 358 } as const

/** One bar of the chart: the focus area, its stacked segments and the counts written out in words. */
export interface ChartRow {
  key: string
  title: string
  y: number
  segments: Array<{ light: StatusSummary['lights'][number]; x: number; w: number }>
  counts: string
}

/**
 * Bars for the focus areas that have measures (the table beside the chart still lists them all), each segment
 * as wide as its share of the focus area's measures.
 */
export function chartRows(summary: StatusSummary): ChartRow[] {
  return summary.focusAreas
    .filter((row) => row.total > 0)
    .map((row, index) => {
      let x = 1
      const segments = summary.lights
        .filter((light) => row.counts[light] > 0)
        .map((light) => {
          const w = (row.counts[light] / row.total) * CHART.barWidth
          const segment = { light, x, w }
          x += w
          return segment
        })
      return {
        key: row.focusArea._id,
        title: row.focusArea.title,
        y: index * CHART.rowHeight,
        segments,
        counts: summary.lights
          .map((light) => `${lightName(light)}: ${row.counts[light]}`)
          .join(' · '),
      }
    })
}
