import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { prosjektHref } from '../../src/lib/urls'
import { buildSite, fixtureBuildDir } from './buildSite'
import { readPages, type BuiltPage } from './builtSite'

const SCRIPT = '<script>alert(1)</script>'
const ATTRIBUTE = '"><img src=x onerror=alert(1)>'
const BREAKOUT = `</script>${SCRIPT}`

const siteDir = resolve(import.meta.dirname, '../..')
const bundled = resolve(siteDir, '../studio/seed/production.ndjson')

type Doc = Record<string, unknown> & { _id: string; _type: string }

const textBlock = (text: string) => [
  {
    _type: 'block',
    _key: 'xss',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 'xs', text, marks: [] }],
  },
]

/** The bundled dataset with hostile strings in the fields that reach text, attributes and JSON-LD. */
function poisonedDataset(docs: Doc[]): { docs: Doc[]; measureSlug: string } {
  const first = (type: string) => docs.find((doc) => doc._type === type)
  const measure = first('measure')
  const event = first('event')
  const focusArea = first('focusArea')
  const municipality = first('municipality')
  if (!measure || !event || !focusArea || !municipality)
    throw new Error('The bundled dataset lacks a type')
  Object.assign(measure, {
    title: SCRIPT,
    shortTitle: SCRIPT,
    about: textBlock(ATTRIBUTE),
    status: { ...(measure['status'] as object), label: ATTRIBUTE },
  })
  Object.assign(event, { title: BREAKOUT, description: textBlock(ATTRIBUTE) })
  Object.assign(focusArea, { intro: ATTRIBUTE, title: SCRIPT })
  Object.assign(municipality, { sameName: SCRIPT, description: ATTRIBUTE })
  const slug = (measure['slug'] as { current: string }).current
  return { docs, measureSlug: slug }
}

let outDir: string
let pages: BuiltPage[]
let measureSlug: string

beforeAll(() => {
  const work = fixtureBuildDir('xss-')
  const docs = readFileSync(bundled, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc)
  const poisoned = poisonedDataset(docs)
  measureSlug = poisoned.measureSlug
  const dataset = join(work, 'xss.ndjson')
  writeFileSync(dataset, poisoned.docs.map((doc) => JSON.stringify(doc)).join('\n'))
  outDir = join(work, 'dist')
  buildSite(dataset, outDir)
  pages = readPages(outDir)
}, 300_000)

afterAll(() => {
  if (outDir) rmSync(resolve(outDir, '..'), { recursive: true, force: true })
})

describe('hostile content renders inert', () => {
  test('no page gains an element or an event-handler attribute from content', () => {
    const injected = pages.flatMap(({ path, document }) => [
      ...document.querySelectorAll('img[src="x"]').map(() => `${path}: <img src=x>`),
      ...document
        .querySelectorAll('*')
        .filter((el) =>
          Object.keys(el.attributes).some((name) => name.toLowerCase().startsWith('on')),
        )
        .map((el) => `${path}: <${el.tagName.toLowerCase()}> with an on* attribute`),
    ])
    expect(injected).toEqual([])
  })

  test('no executable script contains the payload; JSON-LD keeps it as data', () => {
    const problems: string[] = []
    let jsonLdWithPayload = 0
    for (const { path, document } of pages) {
      for (const script of document.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? ''
        if (type === 'application/ld+json') {
          const data = JSON.parse(script.rawText) as { name?: string }
          if (data.name === BREAKOUT) jsonLdWithPayload += 1
        } else if (script.rawText.includes('alert(1)')) {
          problems.push(`${path}: executable <script> contains the payload`)
        }
      }
    }
    expect(problems).toEqual([])
    expect(jsonLdWithPayload).toBe(1)
  })

  test('outside quoted attribute values (where < and > are inert), the payloads appear only escaped', () => {
    // Astro double-quotes every attribute and escapes " inside, so this strips exactly the attribute values.
    const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""')
    const raw = pages
      .filter(({ html }) => {
        const text = outsideAttributes(html)
        return text.includes(SCRIPT) || text.includes('<img src=x')
      })
      .map((page) => page.path)
    expect(raw).toEqual([])
    const quoted = pages.filter(({ html }) => html.includes('content="&quot;><img src=x'))
    expect(quoted.length).toBeGreaterThan(0)
  })

  test('the measure page shows the hostile title as text, in its h1 and <title>', () => {
    const page = pages.find(({ path }) => path === prosjektHref(measureSlug))
    expect(page?.document.querySelector('h1')?.text).toBe(SCRIPT)
    expect(page?.document.querySelector('title')?.text).toContain(SCRIPT)
    expect(page?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page?.document.querySelector('.rich-text')?.text).toContain(ATTRIBUTE)
  })
})
