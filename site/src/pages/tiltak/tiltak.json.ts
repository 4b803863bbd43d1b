import type { APIRoute } from 'astro'
import { getFilterData } from '../../lib/measureFilter/getFilterData'

/** `/tiltak/tiltak.json`: every measure as the /tiltak/ filter island needs it, fetched once it hydrates. */
export const GET: APIRoute = async () => {
  const { measures: filterable } = await getFilterData()
  return new Response(JSON.stringify(filterable), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
