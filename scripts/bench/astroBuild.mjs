// Runs `astro build` for a project through Astro's JavaScript API, so the benchmark can set
// build.concurrency without editing the project's config. Usage: astroBuild.mjs <root> <concurrency>
import { build } from 'astro'

const [root, concurrency = '1'] = process.argv.slice(2)
if (!root) {
  console.error('astroBuild.mjs: usage: astroBuild.mjs <root> <concurrency>')
  process.exit(2)
}
await build({ root, build: { concurrency: Number(concurrency) } })
