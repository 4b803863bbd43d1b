import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync } from 'node:fs'
import { basename, join } from 'node:path'

/**
 * What one build leaves (its output, its scratch and working folders) is moved into a folder of removed things,
 * deleted with the benchmark's working folder when it ends, instead of being deleted before the next build.
 *
 * This machine's root file system is ext4 without a journal. There the kernel, to find a free inode for a new file,
 * skips every inode freed in the last 60 s (5 min while its inode table block is unwritten: `recently_deleted` in
 * fs/ext4/ialloc.c), looking each one up on the way. A build that starts just after 30,000 files were deleted spends
 * most of its system time in that scan, and every build of a run is slower than the one before (in a loop that
 * deletes and writes 16,000 pages, 1.8 s, then 4.7, 8.1, 10.0, 11.7 and 13.6 s; perf: 45 % of all samples in
 * `find_get_block_common` and `recently_deleted`; docs/performance.md, item 38). A rename frees no inode.
 */
export interface Trash {
  /** Moves each path that exists into the trash (deletes it where a rename cannot). */
  setAside(paths: readonly string[]): void
  /** Deletes the trash when the disk has less than `minFreeBytes` free; true when it did. */
  emptyIfShort(): boolean
}

/** Below this much free disk, the trash is emptied before the next build: deletion then costs that build time. */
export const MIN_FREE_BYTES = 4 * 1024 ** 3

/** Free bytes for an unprivileged user on the file system that holds `path`. */
export function freeBytes(path: string): number {
  const stats = statfsSync(path)
  return stats.bavail * stats.bsize
}

export function trashIn(
  dir: string,
  { minFreeBytes = MIN_FREE_BYTES, free = freeBytes } = {},
): Trash {
  let count = 0
  return {
    setAside(paths) {
      for (const path of paths) {
        if (!existsSync(path)) continue
        mkdirSync(dir, { recursive: true })
        const to = join(dir, `${++count}-${basename(path)}`)
        try {
          renameSync(path, to)
        } catch (error) {
          // Another file system (EXDEV): a move would copy it all, so delete it now.
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
          rmSync(path, { recursive: true, force: true })
        }
      }
    },
    emptyIfShort() {
      if (!existsSync(dir) || readdirSync(dir).length === 0) return false
      if (free(dir) >= minFreeBytes) return false
      rmSync(dir, { recursive: true, force: true })
      return true
    },
  }
}
