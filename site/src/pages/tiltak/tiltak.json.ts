import type { APIRoute } from 'astro'
import { getFocusAreas, getMeasures, getMunicipalities } from '../../lib/content'
import { buildFilterData } from '../../lib/measureFilter/buildFilterData'

/** `/tiltak/tiltak.json`: every measure as the /tiltak/ filter island needs it, fetched once it hydrates. */
export const GET: APIRoute = async () => {
  const [measures, focusAreas, municipalities] = await Promise.all([
    getMeasures(),
    getFocusAreas(),
    getMunicipalities(),
  ])
  const { measures: filterable } = buildFilterData(measures, focusAreas, municipalities)
  return new Response(JSON.stringify(filterable), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
