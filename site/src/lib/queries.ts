import { defineQuery } from 'groq'

/*
 * Every GROQ query of the site. One query per collection: pages never query per page, the content module joins
 * collections in memory. The large collections (measures, goals, events, news) are fetched whole and joined in
 * JavaScript; small ones keep their projections. The same strings run in groq-js (bundled dataset) and in the Content Lake, so they use
 * only plain filters, projections, `->`, `coalesce` and conditional projections, and sort by `_id` only (string
 * collation of titles differs between engines; the content module sorts for display).
 * Fragments are plain template constants so that `sanity typegen` can resolve them.
 */

/** Reference target of an internal link annotation, enough for the site to build a URL. */
const linkTarget = `{_type, "slug": slug.current}`

/** Portable Text member with internal links resolved; images and other members pass through unchanged. */
const richTextMember = `{
  ...,
  _type == "block" => {
    "markDefs": coalesce(markDefs[]{
      ...,
      _type == "internalLink" => {"target": reference->${linkTarget}}
    }, [])
  }
}`

const organisationRef = `{_id, name, "slug": slug.current, website}`
const municipalityRef = `{_id, name, "slug": slug.current}`

/** The programme singleton (pinned by id): legend, sub-goals, phases, roles, navigation and footer. */
export const programmeQuery = defineQuery(`*[_type == "programme" && _id == "programme"][0]{
  name,
  siteTitle,
  tagline,
  "owner": owner->${organisationRef},
  mainGoal,
  "subGoals": coalesce(subGoals[]{_key, title, description, "results": coalesce(results, [])}, []),
  period{start, end},
  "phases": coalesce(phases[]{_key, title, period{start, end}, description}, []),
  "roles": coalesce(roles[]{
    _key,
    role,
    "holders": coalesce(holders[]{
      _key,
      label,
      period{start, end},
      "organisation": organisation->name,
      "person": person->name
    }, [])
  }, []),
  "legend": coalesce(trafficLightLegend[]{_key, light, label, description}, []),
  "nav": coalesce(mainNavigation[]{_key, title, href}, []),
  "footer": footerContact{text, email, phone, website, "organisation": organisation->${organisationRef}},
  "accessibilityStatementSlug": accessibilityStatement->slug.current,
  seo
}`)

/**
 * Every plan with its owner and predecessor. Its focus areas are joined in by the content module from each focus
 * area's required `plan` reference, the one the rest of the site groups by.
 */
export const plansQuery = defineQuery(`*[_type == "plan"] | order(_id asc){
  _id,
  title,
  shortTitle,
  "slug": slug.current,
  "owner": owner->${organisationRef},
  period{startYear, endYear},
  description,
  "crossCuttingThemes": coalesce(crossCuttingThemes, []),
  "predecessor": predecessor->{_id, title, "slug": slug.current},
  documentUrl
}`)

/** Every focus area with its plan; goals and measures are joined in by the content module. */
export const focusAreasQuery = defineQuery(`*[_type == "focusArea"] | order(_id asc){
  _id,
  title,
  "slug": slug.current,
  order,
  intro,
  overallGoal,
  "guidingQuestions": coalesce(guidingQuestions, []),
  "dimensions": coalesce(dimensions, []),
  "plan": plan->{_id, title, shortTitle, "slug": slug.current, period{startYear, endYear}}
}`)

/**
 * Every goal as stored: the content module joins focus area and contacts and resolves the description's links
 * (groq-js evaluates projections field by field per document, which is slow at scale).
 */
export const goalsQuery = defineQuery(`*[_type == "goal"] | order(_id asc)`)

/**
 * Every measure as stored. Goal, focus area, parties, partners, municipalities and internal links are joined in
 * by the content module through maps over the other collections: projecting them here cost seconds at 10,000
 * measures in groq-js.
 */
export const measuresQuery = defineQuery(`*[_type == "measure"] | order(_id asc)`)

/** Every municipality with its dated history. Measures, events and people are joined in by the content module. */
export const municipalitiesQuery = defineQuery(`*[_type == "municipality"] | order(_id asc){
  _id,
  name,
  "slug": slug.current,
  sameName,
  region,
  adminCentre,
  website,
  switchboardPhone,
  postEmail,
  description,
  "countyHistory": coalesce(countyHistory[]{_key, county, from, to}, []),
  "numberHistory": coalesce(numberHistory[]{_key, number, from, to}, []),
  "councilMemberships": coalesce(councilMemberships[]{_key, from, to, "council": council->${organisationRef}}, []),
  "mergedFrom": coalesce(mergedFrom[]{_key, name, number, date}, []),
  coatOfArms
}`)

/** Every event as stored; place, organisers, focus areas, measures and links are joined in by the content module. */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(_id asc)`)

/** Every person with organisation and municipality (the næringsteam is a filter over this). */
export const peopleQuery = defineQuery(`*[_type == "person"] | order(_id asc){
  _id,
  name,
  "slug": slug.current,
  role,
  teamRole,
  "naeringsteam": coalesce(naeringsteam, false),
  "organisation": organisation->${organisationRef},
  "municipality": municipality->${municipalityRef},
  email,
  phone,
  image,
  note
}`)

/** Every organisation with its predecessor and successor. */
export const organisationsQuery = defineQuery(`*[_type == "organisation"] | order(_id asc){
  _id,
  name,
  "slug": slug.current,
  shortName,
  orgType,
  website,
  logo,
  description,
  "predecessor": predecessor->${organisationRef},
  "successor": successor->${organisationRef}
}`)

/** Every news item as stored; author, focus areas, measures, municipalities and links are joined in by the content module. */
export const newsQuery = defineQuery(`*[_type == "newsItem"] | order(_id asc)`)

/** Every page (`/om/<slug>/`), including the accessibility statement. */
export const pagesQuery = defineQuery(`*[_type == "page"] | order(_id asc){
  _id,
  title,
  "slug": slug.current,
  lead,
  "body": coalesce(body[]${richTextMember}, []),
  lastReviewed,
  seo
}`)
