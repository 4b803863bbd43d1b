import { event } from './documents/event'
import { focusArea } from './documents/focusArea'
import { goal } from './documents/goal'
import { measure } from './documents/measure'
import { municipality } from './documents/municipality'
import { newsItem } from './documents/newsItem'
import { organisation } from './documents/organisation'
import { page } from './documents/page'
import { person } from './documents/person'
import { plan } from './documents/plan'
import { councilMembership } from './objects/councilMembership'
import { countyPeriod } from './objects/countyPeriod'
import { dateRange } from './objects/dateRange'
import { deadline } from './objects/deadline'
import { eventLocation } from './objects/eventLocation'
import { externalLink } from './objects/externalLink'
import { footerContact } from './objects/footerContact'
import { imageWithAlt } from './objects/imageWithAlt'
import { indicator } from './objects/indicator'
import { indicatorValue } from './objects/indicatorValue'
import { internalLink } from './objects/internalLink'
import { legendEntry } from './objects/legendEntry'
import { link } from './objects/link'
import { measureStatus } from './objects/measureStatus'
import { merger } from './objects/merger'
import { monthRange } from './objects/monthRange'
import { navItem } from './objects/navItem'
import { numberPeriod } from './objects/numberPeriod'
import { phase } from './objects/phase'
import { programmeRole } from './objects/programmeRole'
import { progressEntry } from './objects/progressEntry'
import { responsibleParty } from './objects/responsibleParty'
import { richText } from './objects/richText'
import { roleHolder } from './objects/roleHolder'
import { seo } from './objects/seo'
import { strategy } from './objects/strategy'
import { subGoal } from './objects/subGoal'
import { yearRange } from './objects/yearRange'
import { programme } from './singletons/programme'

/** Singleton document types: exactly one document each, with `_id` equal to the type name. */
export const singletonTypes = [programme]

/** Document types editors create freely. */
export const documentTypes = [
  plan,
  municipality,
  focusArea,
  goal,
  measure,
  event,
  person,
  organisation,
  newsItem,
  page,
]

/** Object types shared by the documents. */
export const objectTypes = [
  imageWithAlt,
  link,
  navItem,
  seo,
  richText,
  internalLink,
  externalLink,
  monthRange,
  dateRange,
  yearRange,
  subGoal,
  phase,
  programmeRole,
  roleHolder,
  legendEntry,
  footerContact,
  strategy,
  indicator,
  indicatorValue,
  measureStatus,
  progressEntry,
  deadline,
  responsibleParty,
  countyPeriod,
  numberPeriod,
  councilMembership,
  merger,
  eventLocation,
]

/** Every schema type, in one flat list for Studio, tests and typegen. */
export const schemaTypes = [...singletonTypes, ...documentTypes, ...objectTypes]
