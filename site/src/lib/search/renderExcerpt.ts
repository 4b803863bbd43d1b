/**
 * DOM nodes for a Pagefind excerpt: its text, with the `<mark>` highlights kept and every other tag dropped.
 * Parsed with DOMParser (which runs nothing) and rebuilt from text nodes, so page content can never inject
 * markup into the results.
 */
export function renderExcerpt(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html')
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      return mark
    }
    return document.createTextNode(node.textContent ?? '')
  })
}
