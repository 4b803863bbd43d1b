import { existsSync, readFileSync } from 'node:fs'
import { parseNdjson, type DatasetDocument } from '../../site/src/lib/content/parseNdjson.ts'
import { STATUS_LIGHTS } from '../../schemas/constants.ts'

/** Types the generator makes itself; references to them from copied documents are pointed at synthetic ones. */
export const GENERATED_TYPES = [
  'plan',
  'focusArea',
  'goal',
  'measure',
  'event',
  'newsItem',
] as const

/**
 * The real documents a synthetic dataset keeps: the eight municipalities, the programme singleton and whatever
 * those reference (organisations, people, the accessibility page), taken from the bundled dataset.
 */
export function baseDocumentsFromDataset(documents: DatasetDocument[]): DatasetDocument[] {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const roots = documents.filter((doc) => doc._type === 'municipality' || doc._id === 'programme')
  const kept = new Map<string, DatasetDocument>()
  const queue = [...roots]
  while (queue.length > 0) {
    const doc = queue.pop()!
    if (kept.has(doc._id)) continue
    kept.set(doc._id, doc)
    for (const ref of referencedIds(doc)) {
      const target = byId.get(ref)
      if (target && !isGeneratedType(target._type) && !kept.has(ref)) queue.push(target)
    }
  }
  return [...kept.values()]
}

/** Every `_ref` anywhere inside a value. */
export function referencedIds(value: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === '_ref' && typeof child === 'string') found.push(child)
        else walk(child)
      }
    }
  }
  walk(value)
  return found
}

/** Whether documents of this `_type` are generated rather than copied. */
export function isGeneratedType(type: string): boolean {
  return (GENERATED_TYPES as readonly string[]).includes(type)
}

/**
 * Reads the base documents from the bundled dataset when it exists (it is the source of truth for the real
 * municipalities), otherwise builds a minimal set from the content model with only well-sourced fields. With
 * `required` (a file the user named), a missing file is an error instead.
 */
export function loadBaseDocuments(
  datasetFile: string,
  { required = false }: { required?: boolean } = {},
): DatasetDocument[] {
  if (!existsSync(datasetFile)) {
    if (required) throw new Error(`--base ${datasetFile}: no such file`)
    return fallbackBaseDocuments()
  }
  const { documents, errors } = parseNdjson(readFileSync(datasetFile, 'utf8'), datasetFile)
  if (errors.length > 0) throw new Error(`Cannot read the base dataset:\n${errors.join('\n')}`)
  const base = baseDocumentsFromDataset(documents)
  const municipalities = base.filter((doc) => doc._type === 'municipality').length
  if (municipalities !== 8 || !base.some((doc) => doc._id === 'programme')) {
    throw new Error(
      `${datasetFile}: expected 8 municipalities and the programme singleton, found ${municipalities} municipalities${
        base.some((doc) => doc._id === 'programme') ? '' : ' and no programme'
      }`,
    )
  }
  return base
}

// Name, region and administrative centre only: the fields the programme's sourced fact sheet gives without
// reservation.
const MUNICIPALITIES = [
  ['Harstad', 'harstad', 'sor-troms', 'Harstad'],
  ['Kvæfjord', 'kvaefjord', 'sor-troms', 'Borkenes'],
  ['Tjeldsund', 'tjeldsund', 'sor-troms', 'Evenskjer'],
  ['Evenes', 'evenes', 'ofoten', 'Bogen'],
  ['Narvik', 'narvik', 'ofoten', 'Narvik'],
  ['Ibestad', 'ibestad', 'sor-troms', 'Hamnvik'],
  ['Gratangen', 'gratangen', 'sor-troms', 'Årstein'],
  ['Lavangen', 'lavangen', 'sor-troms', 'Tennevoll'],
] as const

/** The eight municipalities and a minimal programme singleton, for when the bundled dataset is not there. */
export function fallbackBaseDocuments(): DatasetDocument[] {
  const municipalities: DatasetDocument[] = MUNICIPALITIES.map(
    ([name, slug, region, adminCentre]) => ({
      _id: `municipality.${slug}`,
      _type: 'municipality',
      name,
      slug: { _type: 'slug', current: slug },
      region,
      adminCentre,
    }),
  )
  const statement: DatasetDocument = {
    _id: 'synthetic.page.tilgjengelighetserklaering',
    _type: 'page',
    title: 'Tilgjengelighetserklæring (syntetisk)',
    slug: { _type: 'slug', current: 'tilgjengelighetserklaering-syntetisk' },
    lead: 'Syntetisk side som står i stedet for den ekte erklæringen i testdata.',
  }
  const programme: DatasetDocument = {
    _id: 'programme',
    _type: 'programme',
    name: 'Program Drivkraft',
    siteTitle: 'Re:tenk',
    mainGoal:
      'Styrke kommunenes evne til å planlegge, samarbeide og gjennomføre utviklingstiltak i Sør-Troms, utvidet til Hålogaland.',
    period: { _type: 'monthRange', start: '2018-11', end: '2021-12' },
    trafficLightLegend: STATUS_LIGHTS.map((light) => ({
      _key: light.value,
      _type: 'legendEntry',
      light: light.value,
      label: light.title.split(' – ')[0],
      description: light.title,
    })),
    accessibilityStatement: { _type: 'reference', _ref: statement._id },
  }
  return [...municipalities, statement, programme]
}
