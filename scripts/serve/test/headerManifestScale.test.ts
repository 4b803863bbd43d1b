import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, test } from 'vitest'

const root = mkdtempSync(join(tmpdir(), 'header-manifest-scale-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

test('the header rules of a build with more pages than open files allowed are computed', () => {
  const pages = 3000
  for (let i = 0; i < pages; i++) {
    const dir = join(root, `side-${i}`)
    mkdirSync(dir)
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><title>${i}</title><script>let n=${i % 3}</script>`,
    )
  }
  const module = resolve('scripts/serve/headerManifest.ts')
  const script = `import { rulesForBuild } from ${JSON.stringify(module)}; const rules = await rulesForBuild(${JSON.stringify(root)}); console.log(JSON.stringify(rules))`
  // A file-descriptor limit far below the page count: reading every page at once would fail with EMFILE.
  const run = spawnSync(
    'sh',
    ['-c', `ulimit -n 200 && npx tsx --eval '${script}' --input-type=module`],
    {
      encoding: 'utf8',
    },
  )
  expect(run.stderr).not.toContain('EMFILE')
  expect(run.status, run.stderr).toBe(0)
  const csp = JSON.stringify(JSON.parse(run.stdout))
  // Three distinct inline scripts, three hashes.
  expect(csp.match(/'sha256-[^']+'/g)?.filter((v, i, all) => all.indexOf(v) === i)).toHaveLength(3)
})
