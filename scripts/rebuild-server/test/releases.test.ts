import { mkdir, readdir, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  activate,
  cleanLeftovers,
  isReleaseId,
  listReleases,
  newReleaseId,
  prune,
  readCurrent,
} from '../releases.ts'
import { tempDir } from './helpers.ts'

describe('release ids', () => {
  test('are UTC timestamps that sort by age and stay unique within a millisecond', () => {
    const at = new Date(Date.UTC(2026, 10, 26, 9, 5, 7, 42))
    expect(newReleaseId(at)).toBe('20261126T090507042Z')
    expect(newReleaseId(at, new Set(['20261126T090507042Z']))).toBe('20261126T090507042Z-2')
    expect(isReleaseId('20261126T090507042Z-2')).toBe(true)
    expect(isReleaseId('.build-20261126T090507042Z')).toBe(false)
  })

  test('list oldest first, with numeric suffixes in order, ignoring other entries', async () => {
    const dir = await tempDir()
    for (const name of [
      '20261126T090507042Z-10',
      '20261126T090507042Z',
      '20261126T090507042Z-2',
      'logs',
      '.build-x',
    ]) {
      await mkdir(join(dir, name))
    }
    expect(await listReleases(dir)).toEqual([
      '20261126T090507042Z',
      '20261126T090507042Z-2',
      '20261126T090507042Z-10',
    ])
  })
})

describe('activate, prune and cleanLeftovers', () => {
  test('activate swaps a relative symlink and replaces a stray current.tmp', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, '20261126T080000000Z'))
    await symlink('nowhere', join(dir, 'current.tmp'))
    await activate(dir, '20261126T080000000Z')
    expect(await readlink(join(dir, 'current'))).toBe('20261126T080000000Z')
    expect(await readCurrent(dir)).toBe('20261126T080000000Z')
    await expect(activate(dir, '20261126T090000000Z')).rejects.toThrow(/does not exist/)
  })

  test('a real folder named current is reported, not silently replaced', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'current'))
    await expect(readCurrent(dir)).rejects.toThrow(/is not a symlink/)
  })

  test('prune keeps the newest and always the live release, even after a rollback to an old one', async () => {
    const dir = await tempDir()
    const ids = [
      '20261126T080000000Z',
      '20261126T081000000Z',
      '20261126T082000000Z',
      '20261126T083000000Z',
    ]
    for (const id of ids) await mkdir(join(dir, id))
    await activate(dir, ids[0] ?? '')
    expect(await prune(dir, 2)).toEqual([ids[1]])
    expect(await listReleases(dir)).toEqual([ids[0], ids[2], ids[3]])
  })

  test('cleanLeftovers removes half-written builds and keeps releases', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, '.build-20261126T080000000Z'))
    await writeFile(join(dir, '.build-20261126T080000000Z', 'index.html'), 'half')
    await mkdir(join(dir, '20261126T070000000Z'))
    expect(await cleanLeftovers(dir)).toEqual(['.build-20261126T080000000Z'])
    expect(await readdir(dir)).toEqual(['20261126T070000000Z'])
  })
})
