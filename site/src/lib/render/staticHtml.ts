import { createElement, type FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * A shared React component (no client directive) as static HTML, for `<Fragment set:html>`. Rendering it straight
 * with `renderToStaticMarkup` skips Astro's renderer detection and streaming, which cost more than the component
 * itself on every page. React escapes every value, so the result is safe to insert as HTML.
 */
export function staticHtml<P extends object>(component: FunctionComponent<P>, props: P): string {
  return renderToStaticMarkup(createElement(component, props))
}
