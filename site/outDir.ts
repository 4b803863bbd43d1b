/** The build's output folder, relative to site/: `DRIVKRAFT_OUT_DIR` (tests and the rebuild server set it), else dist. */
export const siteOutDir = (env: Record<string, string | undefined> = process.env): string =>
  env.DRIVKRAFT_OUT_DIR || './dist'
