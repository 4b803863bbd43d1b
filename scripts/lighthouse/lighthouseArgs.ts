/** Options of `npm run report:lighthouse`. */
export interface LighthouseArgs {
  help: boolean
  /** The built site to serve. */
  dist: string
  /** Where lighthouse.json and lighthouse.md go. */
  outDir: string
  /** Explicit paths; empty means one page per template from the sitemap. */
  paths: string[]
  /** `mobile` (Lighthouse's default, simulated slow 4G) or `desktop`. */
  formFactor: 'mobile' | 'desktop'
}

/** Usage text for `--help`. */
export const USAGE = `Usage: npm run report:lighthouse -- [options]

Runs Lighthouse (Debian Chromium at /usr/bin/chromium) on one page of each template of a built site and writes
Performance, Accessibility, Best Practices and SEO scores and the bytes of HTML, CSS, JS and fonts to
<out>/lighthouse.json and <out>/lighthouse.md. Reported, not asserted.

Options:
  --dist <dir>         built site to serve (default: site/dist; build it with npm run build)
  --out <dir>          results folder (default: bench-results)
  --paths <a,b,…>      pages to audit (default: one per template from the sitemap, plus /sok/ and /404.html)
  --desktop            desktop settings instead of Lighthouse's mobile default
  --help               this text`

/** Parses the command line; unknown options are an error naming the option. */
export function parseLighthouseArgs(argv: string[]): LighthouseArgs {
  const args: LighthouseArgs = {
    help: false,
    dist: 'site/dist',
    outDir: 'bench-results',
    paths: [],
    formFactor: 'mobile',
  }
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i]
    const value = () => {
      const next = argv[++i]
      if (next === undefined || next.startsWith('--')) throw new Error(`${option} needs a value`)
      return next
    }
    if (option === '--help' || option === '-h') args.help = true
    else if (option === '--dist') args.dist = value()
    else if (option === '--out') args.outDir = value()
    else if (option === '--paths')
      args.paths = value()
        .split(',')
        .map((path) => path.trim())
        .filter(Boolean)
    else if (option === '--desktop') args.formFactor = 'desktop'
    else throw new Error(`unknown option ${option} (see --help)`)
  }
  for (const path of args.paths) {
    if (!path.startsWith('/')) throw new Error(`--paths: «${path}» must start with /`)
  }
  return args
}
