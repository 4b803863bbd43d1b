/** Pagefind's binary, `pagefind` or `pagefind_extended`, which /proc shortens to 15 characters. */
const SEARCH_INDEXER = /^pagefind/

/**
 * The CPU time of Pagefind's processes among a build's processes (by command name), when one was seen. Only
 * Pagefind's own work: building the records, and the Node process that feeds them to Pagefind (the build's
 * child during the render, `npm run search-index` with `--search-index after`), count as ours.
 */
export function searchIndexCpu(cpuMsByCommand: Record<string, number>): {
  searchIndexCpuMs?: number
} {
  const indexer = Object.entries(cpuMsByCommand).filter(([command]) => SEARCH_INDEXER.test(command))
  return indexer.length === 0
    ? {}
    : { searchIndexCpuMs: indexer.reduce((sum, [, ms]) => sum + ms, 0) }
}
