import { defineQuery } from 'groq'

/*
 * Every GROQ query of the site. One query per collection: pages never query per page, the content module joins
 * collections in memory. The same strings run in groq-js (bundled dataset) and in the Content Lake, so they use
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
const focusAreaRef = `{_id, title, "slug": slug.current}`
const goalRef = `{_id, title, "slug": slug.current}`
const measureRef = `{_id, title, "slug": slug.current}`
const personRef = `{_id, name, "slug": slug.current, role, "organisation": organisation->name}`

/** A responsible party: person, municipality or organisation, with the contact fields each block shows. */
const partyProjection = `{
  _type,
  _id,
  name,
  "slug": slug.current,
  _type == "person" => {role, "organisation": organisation->name},
  _type == "municipality" => {website, switchboardPhone, postEmail},
  _type == "organisation" => {website}
}`

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

/** Both plans with their focus areas and predecessor. */
export const plansQuery = defineQuery(`*[_type == "plan"] | order(_id asc){
  _id,
  title,
  shortTitle,
  "slug": slug.current,
  "owner": owner->${organisationRef},
  period{startYear, endYear},
  description,
  "focusAreas": coalesce(focusAreas[]->${focusAreaRef}, []),
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

/** Every goal with its focus area, strategies, description, contacts and indicators. */
export const goalsQuery = defineQuery(`*[_type == "goal"] | order(_id asc){
  _id,
  title,
  "slug": slug.current,
  order,
  "focusArea": focusArea->${focusAreaRef},
  "strategies": coalesce(strategies[]{_key, title, description}, []),
  "description": coalesce(description[]${richTextMember}, []),
  "contacts": coalesce(contacts[]->${personRef}, []),
  "indicators": coalesce(indicators[]{
    _key,
    name,
    unit,
    baseline,
    target,
    "values": coalesce(values[]{_key, date, value, note}, [])
  }, [])
}`)

/** Every measure with goal, focus area, status, log, responsible parties and curated related ids. */
export const measuresQuery = defineQuery(`*[_type == "measure"] | order(_id asc){
  _id,
  title,
  "shortTitle": coalesce(shortTitle, title),
  "slug": slug.current,
  number,
  strategyKey,
  "goal": goal->${goalRef},
  "focusArea": goal->focusArea->${focusAreaRef},
  status{light, reason, label, asOf},
  "progressLog": coalesce(progressLog[]{_key, date, datePrecision, title, text, light}, []),
  period{start, end},
  deadline{text, date},
  "about": coalesce(about[]${richTextMember}, []),
  "responsible": coalesce(responsible[]{_key, heading, note, "party": party->${partyProjection}}, []),
  "partners": coalesce(partners[]->${organisationRef}, []),
  "municipalities": coalesce(municipalities[]->${municipalityRef}, []),
  "relatedMeasureIds": coalesce(relatedMeasures[]._ref, []),
  "links": coalesce(links[]{_key, title, url}, []),
  "dimensions": coalesce(dimensions, [])
}`)

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

/** Every event with place, organisers and linked focus areas and measures. */
export const eventsQuery = defineQuery(`*[_type == "event"] | order(_id asc){
  _id,
  title,
  "slug": slug.current,
  eventType,
  startDate,
  endDate,
  "datePrecision": coalesce(datePrecision, "day"),
  startTime,
  endTime,
  format,
  "location": location{name, address, "municipality": municipality->${municipalityRef}},
  "organisers": coalesce(organisers[]->${organisationRef}, []),
  "description": coalesce(description[]${richTextMember}, []),
  registrationUrl,
  "focusAreas": coalesce(focusAreas[]->${focusAreaRef}, []),
  "measures": coalesce(measures[]->${measureRef}, [])
}`)

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

/** Every news item with body, author and linked focus areas, measures and municipalities. */
export const newsQuery = defineQuery(`*[_type == "newsItem"] | order(_id asc){
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  lead,
  "body": coalesce(body[]${richTextMember}, []),
  image,
  "author": author->${personRef},
  "focusAreas": coalesce(focusAreas[]->${focusAreaRef}, []),
  "measures": coalesce(measures[]->${measureRef}, []),
  "municipalities": coalesce(municipalities[]->${municipalityRef}, []),
  seo
}`)

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
