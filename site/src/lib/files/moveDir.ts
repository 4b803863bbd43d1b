import { cp, rename, rm } from 'node:fs/promises'

/** Moves a folder into place, copying when it is on another file system. */
export async function moveDir(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}
