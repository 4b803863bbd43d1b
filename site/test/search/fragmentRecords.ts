import type { SearchRecord } from '../../src/lib/search/searchRecords'

/** `count` small measure records that all hold the word «fiskeri» and one word of their own (`ordN`). */
export function fragmentRecords(count: number): SearchRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `/prosjekt/tiltak-${i + 1}/`,
    title: `Tiltak ${i + 1} for fiskeri`,
    kind: 'Tiltak',
    content: `Tiltak ${i + 1} for fiskeri\nKommunene samarbeider om fiskeri og ord${i + 1}.`,
  }))
}
