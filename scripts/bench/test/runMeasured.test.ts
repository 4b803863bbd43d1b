import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { writeBaselineContent } from '../baselineContent.ts'
import { readGroqTimings } from '../groqTiming.ts'
import { sampleTree } from '../processTree.ts'
import { runMeasured } from '../runMeasured.ts'
import { countPages } from '../runBench.ts'

const dir = mkdtempSync(join(tmpdir(), 'bench-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('runMeasured', () => {
  test('reports exit code, output, wall time and the RSS of a child that holds memory', async () => {
    // The child keeps ~200 MB live for a while, so both the /proc sampling and GNU time can see it.
    const script =
      'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => { console.log("done", b[0]); process.exit(3) }, 600)'
    const run = await runMeasured({ argv: [process.execPath, '-e', script], cwd: dir }, 50)
    expect(run.exitCode).toBe(3)
    expect(run.output).toContain('done 1')
    expect(run.output).not.toContain('__bench_maxrss_kb__')
    expect(run.wallMs).toBeGreaterThanOrEqual(600)
    expect(run.peakRssBytes).toBeGreaterThan(200 * 1024 * 1024)
  })

  test('reports the CPU time a busy child spent, which a sleeping child does not', async () => {
    const busy = 'while (process.cpuUsage().user < 400_000) {}'
    const idle = 'setTimeout(() => {}, 400)'
    const measure = (script: string) =>
      runMeasured({ argv: [process.execPath, '-e', script], cwd: dir }, 50)
    const [spinning, sleeping] = await Promise.all([measure(busy), measure(idle)])
    expect(spinning.cpuMs).toBeGreaterThanOrEqual(300)
    expect(sleeping.cpuMs).toBeLessThan(spinning.cpuMs! - 200)
    expect(spinning.output).not.toContain('__bench_maxrss_kb__')
  })

  test('reports CPU time per command, including a grandchild that has ended', async () => {
    // sh runs node and then sleeps, so node is a grandchild of the measured command and gone before it ends.
    // Spins until it has had 400 ms of CPU, however long a loaded machine takes to give it that.
    const busy = 'while (process.cpuUsage().user < 400_000) {}'
    const run = await runMeasured(
      { argv: ['sh', '-c', `"${process.execPath}" -e '${busy}'; sleep 0.3`], cwd: dir },
      50,
    )
    expect(run.exitCode).toBe(0)
    const [busiest, ms] = Object.entries(run.cpuMsByCommand).sort((a, b) => b[1] - a[1])[0]!
    expect(busiest).not.toBe('sh')
    expect(ms).toBeGreaterThanOrEqual(300)
    expect(run.cpuMsByCommand.sh ?? 0).toBeLessThan(100)
  })

  test('sampleTree of this process sees its RSS and its CPU time', () => {
    const { rssBytes, cpuMsByPid } = sampleTree(process.pid)
    expect(rssBytes).toBeGreaterThan(0)
    expect(cpuMsByPid.get(process.pid)?.cpuMs).toBeGreaterThan(0)
  })
})

describe('readGroqTimings', () => {
  test('sums the ms of every line the content module appended', () => {
    const file = join(dir, 'timings.ndjson')
    writeFileSync(file, '{"query":"measures","ms":120.5}\n{"query":"goals","ms":30}\n')
    expect(readGroqTimings(file)).toEqual({ totalMs: 150.5, queries: 2, source: 'content-module' })
  })

  test.each([
    ['missing', undefined],
    ['', undefined],
  ])('gives undefined for a %s file', (content, expected) => {
    const file = join(dir, `t-${content || 'empty'}.ndjson`)
    if (content !== 'missing') writeFileSync(file, content)
    expect(readGroqTimings(file)).toBe(expected)
  })

  test('names the line without a number', () => {
    const file = join(dir, 'bad.ndjson')
    writeFileSync(file, '{"ms":1}\n{"ms":"slow"}\n')
    expect(() => readGroqTimings(file)).toThrow(/bad\.ndjson:2: a timing line needs a number "ms"/)
  })
})

describe('writeBaselineContent and countPages', () => {
  test('writes one Markdown file fewer than the pages (the home page is the last) with front matter', () => {
    const content = join(dir, 'md')
    writeBaselineContent(content, 25, 1)
    const files = readdirSync(content)
    expect(files).toHaveLength(24)
    expect(readFileSync(join(content, 'side-1.md'), 'utf8')).toMatch(
      /^---\ntitle: ".+"\nlead: ".+"\n---\n/,
    )
    writeFileSync(join(content, 'index.html'), '')
    expect(countPages(content)).toBe(1)
  })
})
