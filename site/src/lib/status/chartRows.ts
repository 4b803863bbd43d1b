import type { StatusSummary } from '../content/types'
import { lightName } from './lightName'
import { othersTitle, type PartialSummary } from './summaryFor'

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
 * Bars for the focus areas that have measures (the table beside the chart still lists them all), and one for
 * the focus areas a bounded summary counts together, each segment as wide as its share of the bar's measures.
 */
export function chartRows(summary: PartialSummary): ChartRow[] {
  const others = summary.others
  const bars = summary.focusAreas.map((row) => ({
    key: row.focusArea._id,
    title: row.focusArea.label,
    counts: row.counts,
    total: row.total,
  }))
  if (others)
    bars.push({
      key: 'others',
      title: othersTitle(others),
      counts: others.counts,
      total: others.total,
    })
  return bars
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
        key: row.key,
        title: row.title,
        y: index * CHART.rowHeight,
        segments,
        counts: summary.lights
          .map((light) => `${lightName(light)}: ${row.counts[light]}`)
          .join(' · '),
      }
    })
}
