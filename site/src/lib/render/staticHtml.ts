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

/**
 * `staticHtml` remembered by a key, for components that render the same props on many pages (the status badge of
 * a measure appears on its own page, its goal, its focus area and the lists).
 */
export function memoStaticHtml<P extends object>(
  component: FunctionComponent<P>,
  keyOf: (props: P) => string,
): (props: P) => string {
  const cache = new Map<string, string>()
  return (props) => {
    const key = keyOf(props)
    let html = cache.get(key)
    if (html === undefined) {
      html = staticHtml(component, props)
      cache.set(key, html)
    }
    return html
  }
}
