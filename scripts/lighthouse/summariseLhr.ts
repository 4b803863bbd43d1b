/** The parts of a Lighthouse result this report reads. */
export interface LighthouseResultLike {
  finalDisplayedUrl?: string
  runtimeError?: { code: string; message: string }
  runWarnings?: string[]
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<string, { details?: { items?: unknown[] } } | undefined>
}

/** Scores (0–100) and bytes of one audited page. */
export interface PageReport {
  path: string
  scores: {
    performance: number | null
    accessibility: number | null
    bestPractices: number | null
    seo: number | null
  }
  /** Transferred bytes by kind; `resource` sizes are the decoded bytes. */
  bytes: Record<ResourceKind, { transfer: number; resource: number; requests: number }>
  warnings: string[]
}

/** Everything one report run produced. */
export interface LighthouseReport {
  startedAt: string
  formFactor: string
  chromium: string
  lighthouse: string
  pages: PageReport[]
  notes: string[]
}

/** Resource kinds the report weighs. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other'

const kindOf: Record<string, ResourceKind> = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
  Font: 'font',
  Image: 'image',
}

const score = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(value * 100)

/** Reduces a Lighthouse result to scores and byte weights per resource kind. */
export function summariseLhr(path: string, lhr: LighthouseResultLike): PageReport {
  const bytes = Object.fromEntries(
    (['html', 'css', 'js', 'font', 'image', 'other'] as const).map((kind) => [
      kind,
      { transfer: 0, resource: 0, requests: 0 },
    ]),
  ) as PageReport['bytes']
  const items = (lhr.audits['network-requests']?.details?.items ?? []) as {
    resourceType?: string
    transferSize?: number
    resourceSize?: number
  }[]
  for (const item of items) {
    const entry = bytes[kindOf[item.resourceType ?? ''] ?? 'other']
    entry.transfer += item.transferSize ?? 0
    entry.resource += item.resourceSize ?? 0
    entry.requests += 1
  }
  return {
    path,
    scores: {
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      bestPractices: score(lhr.categories['best-practices']?.score),
      seo: score(lhr.categories.seo?.score),
    },
    bytes,
    warnings: [
      ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
      ...(lhr.runWarnings ?? []),
    ],
  }
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1)
const cell = (value: number | null): string => (value === null ? '—' : String(value))

/** The Markdown report: one row per page with the four scores and the KiB of each resource kind. */
export function renderLighthouseMarkdown(report: LighthouseReport): string {
  const lines = [
    `# Lighthouse ${report.startedAt}`,
    '',
    `Lighthouse ${report.lighthouse}, ${report.chromium}, ${report.formFactor} settings, served by scripts/serve from a local build. ` +
      'Scores 0–100; sizes in KiB transferred (uncompressed: the local server does not gzip). Reported, not asserted.',
    '',
    '| page | Perf. | A11y | Best pr. | SEO | HTML | CSS | JS | fonts | images | requests |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.pages.map((page) => {
      const b = page.bytes
      const requests = Object.values(b).reduce((sum, entry) => sum + entry.requests, 0)
      return `| ${page.path} | ${cell(page.scores.performance)} | ${cell(page.scores.accessibility)} | ${cell(page.scores.bestPractices)} | ${cell(page.scores.seo)} | ${kb(b.html.transfer)} | ${kb(b.css.transfer)} | ${kb(b.js.transfer)} | ${kb(b.font.transfer)} | ${kb(b.image.transfer)} | ${requests} |`
    }),
  ]
  const warnings = report.pages.flatMap((page) =>
    page.warnings.map((warning) => `- ${page.path}: ${warning}`),
  )
  if (report.notes.length > 0 || warnings.length > 0)
    lines.push('', '## Notes', '', ...report.notes.map((note) => `- ${note}`), ...warnings)
  return `${lines.join('\n')}\n`
}
