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
  type LinkTarget,
  type LinkableType,
} from './hrefFor'
