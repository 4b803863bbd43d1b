import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The built site the browser and quality suites read: `$DRIVKRAFT_DIST`, else `site/dist` from the repo root. */
export function distDir(): string {
  const dir = process.env.DRIVKRAFT_DIST ?? resolve(process.cwd(), 'site/dist')
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(
      `No built site at ${dir} (index.html missing). Build it first: npm run build -w site ` +
        '(or point DRIVKRAFT_DIST at another build).',
    )
  }
  return dir
}
