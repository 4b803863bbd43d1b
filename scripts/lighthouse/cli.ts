import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { USAGE, parseLighthouseArgs } from './lighthouseArgs.ts'
import { runLighthouse } from './runLighthouse.ts'
import { renderLighthouseMarkdown } from './summariseLhr.ts'

try {
  const args = parseLighthouseArgs(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
  } else {
    const report = await runLighthouse(args, (line) => console.error(line))
    const outDir = resolve(args.outDir)
    mkdirSync(outDir, { recursive: true })
    writeFileSync(join(outDir, 'lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`)
    const markdown = renderLighthouseMarkdown(report)
    writeFileSync(join(outDir, 'lighthouse.md'), markdown)
    console.log(markdown)
    console.log(`Results: ${join(outDir, 'lighthouse.json')} and lighthouse.md`)
  }
} catch (error) {
  console.error(`report:lighthouse: ${(error as Error).message}`)
  process.exitCode = 1
}
