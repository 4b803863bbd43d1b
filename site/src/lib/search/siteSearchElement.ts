/**
 * `<site-search>`: runs Pagefind searches for the form inside it and lists the hits. Loaded only by /sok/;
 * importing the module defines the element.
 */
import { loadSearch, type Search } from './pagefindClient'
import { renderExcerpt } from './renderExcerpt'

const MAX_RESULTS = 10

/** Runs Pagefind searches for its form and renders the hits; without JavaScript the form still submits. */
class SiteSearch extends HTMLElement {
  #search: Promise<Search> | undefined
  #timer: number | undefined
  #latest = 0

  connectedCallback() {
    const form = this.querySelector('form')
    const input = this.querySelector('input')
    if (!form || !input) return
    // Only shown to visitors without JavaScript (a <noscript> would also hide it from browsers with it off).
    this.querySelector<HTMLElement>('.site-search__nojs')?.setAttribute('hidden', '')
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      void this.run(input.value)
    })
    input.addEventListener('input', () => {
      window.clearTimeout(this.#timer)
      this.#timer = window.setTimeout(() => void this.run(input.value), 250)
    })
    const initial = new URLSearchParams(window.location.search).get('q')
    if (initial) {
      input.value = initial
      void this.run(initial)
    }
  }

  /** The search over the site's index; loaded once, or again after a failure. */
  load(): Promise<Search> {
    if (!this.#search) {
      this.#search = loadSearch(this.dataset.bundle ?? '/pagefind/')
      this.#search.catch(() => (this.#search = undefined))
    }
    return this.#search
  }

  async run(raw: string) {
    const term = raw.trim()
    const run = ++this.#latest
    const status = this.querySelector<HTMLElement>('.site-search__status')
    const list = this.querySelector<HTMLOListElement>('.site-search__results')
    if (!status || !list) return
    const url = new URL(window.location.href)
    if (term) url.searchParams.set('q', term)
    else url.searchParams.delete('q')
    window.history.replaceState(null, '', url)
    if (!term) {
      status.textContent = ''
      list.replaceChildren()
      return
    }
    let results
    let hits
    try {
      results = await (await this.load())(term)
      hits = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()))
    } catch (error) {
      if (run !== this.#latest) return
      console.error('Search failed:', error)
      status.textContent = 'Søket virker ikke akkurat nå. Prøv igjen om litt.'
      list.replaceChildren()
      return
    }
    if (run !== this.#latest) return
    const total = results.length
    status.textContent =
      total === 0
        ? `Ingen treff på «${term}».`
        : `${total} treff på «${term}»${total > MAX_RESULTS ? `, viser de ${MAX_RESULTS} første` : ''}.`
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li')
        const link = document.createElement('a')
        link.href = hit.url
        link.textContent = hit.meta.title ?? hit.url
        const excerpt = document.createElement('p')
        excerpt.append(...renderExcerpt(hit.excerpt))
        item.append(link)
        // The kind of page («Tiltak», «Arrangement» …), so that hits with similar titles can be told apart.
        if (hit.meta.kind) {
          const kind = document.createElement('span')
          kind.className = 'site-search__kind'
          kind.textContent = ` – ${hit.meta.kind}`
          item.append(kind)
        }
        item.append(excerpt)
        return item
      }),
    )
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch)
