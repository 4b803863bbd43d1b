import { getFocusAreas, getMeasures, getMunicipalities } from '../content'
import { buildFilterData, type FilterData } from './buildFilterData'

let filterData: Promise<FilterData> | undefined

/**
 * The filter data of every measure, built once per process (like the content getters) and shared by `/tiltak/`,
 * its facet pages, the focus-area index and `tiltak.json`, instead of each route building it again.
 */
export function getFilterData(): Promise<FilterData> {
  filterData ??= Promise.all([getMeasures(), getFocusAreas(), getMunicipalities()]).then(
    (content) => buildFilterData(...content),
  )
  return filterData
}
