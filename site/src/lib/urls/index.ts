export {
  eventHref,
  focusAreaHref,
  hrefFor,
  isLinkableType,
  municipalityHref,
  newsHref,
  pageHref,
  planHref,
  prosjektHref,
  UPCOMING_EVENTS_HREF,
  type LinkTarget,
  type LinkableType,
} from './hrefFor'
