import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { shellQuote, targetCommand, type TargetRun } from '../targets.ts'

const run = (searchIndex: TargetRun['searchIndex']): TargetRun => ({
  repoRoot: '/repo',
  outDir: "/work/it's out",
  input: '/work/data.ndjson',
  scratch: '/work/scratch',
  concurrency: 4,
  groqTimingsFile: '/work/groq.ndjson',
  searchIndex,
})

describe('shellQuote', () => {
  test.each([["it's"], ['$HOME && rm -rf /'], ['a "b" c'], ['']])(
    'sh reads %j back unchanged',
    (arg) => {
      const echoed = spawnSync('sh', ['-c', `printf '%s' ${shellQuote(arg)}`], { encoding: 'utf8' })
      expect(echoed.stdout).toBe(arg)
    },
  )
})

describe('targetCommand for ours', () => {
  test('builds with Astro and lets it write the search index during the render by default', () => {
    const command = targetCommand('ours', run('during'))
    expect(command.argv.slice(1)).toEqual(['/repo/scripts/bench/astroBuild.mjs', '/repo/site', '4'])
    expect(command.env).toMatchObject({
      MIMALLOC_PURGE_DELAY: '0',
      DRIVKRAFT_DATASET: '/work/data.ndjson',
      DRIVKRAFT_OUT_DIR: "/work/it's out",
      DRIVKRAFT_SEARCH_INDEX: 'during',
    })
  })

  test('with the index after the build, runs the indexer as a process of its own once Astro has exited', () => {
    const command = targetCommand('ours', run('after'))
    expect(command.argv.slice(0, 2)).toEqual(['sh', '-c'])
    const [build, index] = command.argv[2]!.split(' && ')
    expect(build).toBe(
      [process.execPath, '/repo/scripts/bench/astroBuild.mjs', '/repo/site', '4']
        .map(shellQuote)
        .join(' '),
    )
    expect(index).toBe(
      [process.execPath, '/repo/scripts/search-index/cli.ts', '--dist', "/work/it's out"]
        .map(shellQuote)
        .join(' '),
    )
    expect(command.env).toMatchObject({ DRIVKRAFT_SEARCH_INDEX: 'after' })
  })
})

describe('targetCommand for the baseline', () => {
  test('builds Astro-markdown with Astro as its users would, without our build environment', () => {
    const command = targetCommand('astro-md', run('during'))
    expect(command.env).not.toHaveProperty('MIMALLOC_PURGE_DELAY')
  })
})
