import { closeSync, fsyncSync, openSync } from 'node:fs'
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** The symlink the web server serves; it always names one complete release. */
export const CURRENT_LINK = 'current'

/** A release folder name: a UTC timestamp to the millisecond, so names sort by age. */
const RELEASE_ID = /^\d{8}T\d{9}Z(-\d+)?$/

/** Build folders are hidden and prefixed, so a half-written build is never mistaken for a release. */
export const BUILD_PREFIX = '.build-'

/** Makes a release id for a build started at `now`, unique among `taken`. */
export function newReleaseId(now: Date, taken: ReadonlySet<string> = new Set()): string {
  const base = now.toISOString().replace(/[-:]/g, '').replace('.', '')
  let id = base
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
  return id
}

/** Tells a release folder name from anything else in the releases folder. */
export function isReleaseId(name: string): boolean {
  return RELEASE_ID.test(name)
}

/** Orders ids oldest first, treating the numeric suffix as a number. */
function compareIds(a: string, b: string): number {
  const [baseA = '', nA = '1'] = a.split('-')
  const [baseB = '', nB = '1'] = b.split('-')
  return baseA === baseB ? Number(nA) - Number(nB) : baseA < baseB ? -1 : 1
}

/** Lists release ids in `dir`, oldest first. */
export async function listReleases(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isDirectory() && isReleaseId(entry.name))
    .map((entry) => entry.name)
    .sort(compareIds)
}

/** The release `current` points at, or null before the first successful build. */
export async function readCurrent(dir: string): Promise<string | null> {
  try {
    return basename(await readlink(join(dir, CURRENT_LINK)))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new Error(`${join(dir, CURRENT_LINK)} exists but is not a symlink; move it away.`, {
      cause: error,
    })
  }
}

/** Flushes a file, or a folder's entries (a rename or a new link), to disk. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Flushes every file and folder of a finished build to disk before it can go live, so that a power cut right
 * after the swap cannot leave `current` naming a release whose files were still only in the page cache.
 */
export async function fsyncTree(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (entry.isDirectory() || entry.isFile()) fsyncPath(join(entry.parentPath, entry.name))
  }
  fsyncPath(dir)
}

/**
 * Points `current` at `id` atomically: a new symlink beside it, then rename(2) over it, so a reader sees the old
 * release or the new one and never a missing or half-written link. The target is relative so the folder can move.
 */
export async function activate(dir: string, id: string): Promise<void> {
  const info = await stat(join(dir, id)).catch(() => null)
  if (!info?.isDirectory()) throw new Error(`Release ${id} does not exist in ${dir}.`)
  const tmp = join(dir, `${CURRENT_LINK}.tmp`)
  await rm(tmp, { force: true })
  await symlink(id, tmp)
  await rename(tmp, join(dir, CURRENT_LINK))
  fsyncPath(dir)
}

/** Removes releases beyond the newest `keep`, never the live one; returns what it removed. */
export async function prune(dir: string, keep: number): Promise<string[]> {
  const live = await readCurrent(dir)
  const releases = await listReleases(dir)
  const doomed = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== live)
  for (const id of doomed) await rm(join(dir, id), { recursive: true, force: true })
  return doomed
}

/** Where rollback goes: the newest release older than the live one. */
export interface Rollback {
  from: string
  to: string
}

/** Points `current` at the release before the live one; throws with a reason when there is none. */
export async function rollback(dir: string): Promise<Rollback> {
  const live = await readCurrent(dir)
  if (live === null)
    throw new Error(`Nothing to roll back: ${join(dir, CURRENT_LINK)} does not exist.`)
  const older = (await listReleases(dir)).filter((id) => compareIds(id, live) < 0)
  const to = older.at(-1)
  if (to === undefined)
    throw new Error(`Nothing to roll back to: ${live} is the oldest release kept.`)
  await activate(dir, to)
  return { from: live, to }
}

/** Removes what an interrupted run left behind: half-written builds and a stray `current.tmp`. */
export async function cleanLeftovers(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const leftovers = (await readdir(dir)).filter(
    (name) => name.startsWith(BUILD_PREFIX) || name === `${CURRENT_LINK}.tmp`,
  )
  for (const name of leftovers) await rm(join(dir, name), { recursive: true, force: true })
  return leftovers
}

/** Counts regular files under `dir`, stopping at `limit`: "non-empty output" means at least one file. */
export async function countFiles(dir: string, limit = 1): Promise<number> {
  let count = 0
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isFile()) count += 1
    if (count >= limit) break
  }
  return count
}

/** The newest modification time of any file under `dir`, or 0 when there is none. */
export async function newestMtime(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  let newest = 0
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const info = await stat(join(entry.parentPath, entry.name)).catch(() => null)
    if (info && info.mtimeMs > newest) newest = info.mtimeMs
  }
  return newest
}
