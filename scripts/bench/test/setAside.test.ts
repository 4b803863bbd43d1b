import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { freeBytes, trashIn } from '../setAside.ts'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-trash-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A build's output folder with one page. */
function output(name: string, text: string): string {
  const path = join(dir, name)
  mkdirSync(join(path, 'a'), { recursive: true })
  writeFileSync(join(path, 'a', 'index.html'), text)
  return path
}

describe('the trash', () => {
  test('takes what a build left by rename, so the same files, not copies, wait in it', () => {
    const out = output('out', 'first build')
    const inode = statSync(join(out, 'a', 'index.html')).ino
    const trash = trashIn(join(dir, 'removed'))
    trash.setAside([out, join(dir, 'never-made')])
    expect(existsSync(out)).toBe(false)
    const [kept] = readdirSync(join(dir, 'removed'))
    expect(kept).toBe('1-out')
    expect(statSync(join(dir, 'removed', kept!, 'a', 'index.html')).ino).toBe(inode)
  })

  test('keeps every build apart when they share a folder name', () => {
    const trash = trashIn(join(dir, 'removed'))
    trash.setAside([output('out', 'first')])
    trash.setAside([output('out', 'second')])
    expect(readdirSync(join(dir, 'removed')).sort()).toEqual(['1-out', '2-out'])
    expect(readFileSync(join(dir, 'removed', '2-out', 'a', 'index.html'), 'utf8')).toBe('second')
  })

  test('is emptied before a build only when the disk is short, and then says so', () => {
    let free = 10 * 1024 ** 3
    const trash = trashIn(join(dir, 'removed'), { minFreeBytes: 4 * 1024 ** 3, free: () => free })
    expect(trash.emptyIfShort()).toBe(false)
    trash.setAside([output('out', 'x')])
    expect(trash.emptyIfShort()).toBe(false)
    expect(existsSync(join(dir, 'removed', '1-out'))).toBe(true)
    free = 1024 ** 3
    expect(trash.emptyIfShort()).toBe(true)
    expect(existsSync(join(dir, 'removed'))).toBe(false)
  })
})

test("free space is read from the file system's own figures", () => {
  const bytes = freeBytes(dir)
  expect(bytes).toBeGreaterThan(0)
  expect(Number.isInteger(bytes)).toBe(true)
})
