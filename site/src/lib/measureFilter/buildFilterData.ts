import type { FocusArea, Measure, Municipality } from '../content/types'
import { lightName, LIGHTS } from '../status/lightName'
import { lightSlug } from '../status/lightSlug'
import { focusAreaHref, prosjektHref } from '../urls'
import { measureYears } from './measureYears'
import type { FacetOptions, FilterableMeasure, MeasureGroup } from './types'

/** What `/tiltak/` and its facet pages render: plain measures, facet options and focus-area groups. */
export interface FilterData {
  measures: FilterableMeasure[]
  options: FacetOptions
  groups: Omit<MeasureGroup, 'measures'>[]
}

/** The municipalities a measure concerns: those responsible for it and those taking part. */
function municipalitySlugs(measure: Measure): string[] {
  const responsible = measure.responsible.flatMap(({ party }) =>
    party?._type === 'municipality' ? [party.slug] : [],
  )
  const involved = measure.municipalities.flatMap((m) => (m.slug ? [m.slug] : []))
  return [...new Set([...responsible, ...involved])]
}

/**
 * Turns content into the filter's serialisable data. Facet options list only values some measure has, so every
 * option (and every pre-rendered facet page) has at least one result.
 */
export function buildFilterData(
  measures: readonly Measure[],
  focusAreas: readonly FocusArea[],
  municipalities: readonly Municipality[],
): FilterData {
  const plain: FilterableMeasure[] = measures.map((measure) => ({
    id: measure._id,
    title: measure.title,
    href: prosjektHref(measure.slug),
    number: measure.number,
    status: {
      light: measure.status.light,
      reason: measure.status.reason,
      label: measure.status.label,
    },
    focusArea: measure.focusArea?.slug ?? '',
    municipalities: municipalitySlugs(measure),
    years: measureYears(measure),
  }))
  const used = (pick: (m: FilterableMeasure) => string[]) => new Set(plain.flatMap(pick))
  const areas = used((m) => [m.focusArea])
  const places = used((m) => m.municipalities)
  const lights = used((m) => [m.status.light])
  const years = [...used((m) => m.years)].sort()
  return {
    measures: plain,
    options: {
      strategiomrade: focusAreas
        .filter((area) => areas.has(area.slug))
        .map((area) => ({ value: area.slug, label: area.label })),
      kommune: municipalities
        .filter((place) => places.has(place.slug))
        .map((place) => ({ value: place.slug, label: place.name })),
      status: LIGHTS.filter((light) => lights.has(light)).map((light) => ({
        value: lightSlug(light),
        label: lightName(light),
      })),
      ar: years.map((year) => ({ value: year, label: year })),
    },
    groups: focusAreas.map((area) => ({
      slug: area.slug,
      title: area.label,
      href: focusAreaHref(area.slug),
    })),
  }
}
