import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { DeliveryJournal, JOURNAL_FILE } from '../journal.ts'
import { tempDir } from './helpers.ts'

describe('DeliveryJournal', () => {
  test('keeps pending deliveries and keys across a reopen', async () => {
    const dir = await tempDir()
    const first = new DeliveryJournal(dir)
    expect(first.pending).toBe(false)
    expect(first.recordDelivery('k1')).toBe(1)
    expect(first.recordDelivery(null)).toBe(2)
    first.recordBuilt(1)
    first.close()
    const second = new DeliveryJournal(dir)
    expect(second.pending).toBe(true)
    expect(second.latest).toBe(2)
    expect(second.seen('k1')).toBe(true)
    expect(second.seen('k2')).toBe(false)
    second.recordBuilt(2)
    second.close()
    expect(new DeliveryJournal(dir).pending).toBe(false)
  })

  test('ignores a torn last line from a crash mid-append', async () => {
    const dir = await tempDir()
    const journal = new DeliveryJournal(dir)
    journal.recordDelivery('k1')
    journal.close()
    await appendFile(join(dir, JOURNAL_FILE), '{"delivery":2,"ke')
    const reopened = new DeliveryJournal(dir)
    expect(reopened.latest).toBe(1)
    expect(reopened.pending).toBe(true)
  })

  test('forgets keys once a replay would be stale anyway', async () => {
    const dir = await tempDir()
    let now = Date.UTC(2026, 10, 26)
    const journal = new DeliveryJournal(dir, () => now)
    journal.recordDelivery('old')
    now += 41 * 60_000
    expect(journal.seen('old')).toBe(false)
  })

  test('compacts a long journal and keeps what matters', async () => {
    const dir = await tempDir()
    const journal = new DeliveryJournal(dir)
    for (let i = 0; i < 2600; i += 1) {
      journal.recordDelivery(`key-${i}`)
      journal.recordBuilt(i + 1)
    }
    journal.recordDelivery('last')
    journal.close()
    const lines = (await readFile(join(dir, JOURNAL_FILE), 'utf8')).trim().split('\n')
    expect(lines.length).toBeLessThan(5000)
    const reopened = new DeliveryJournal(dir)
    expect(reopened.latest).toBe(2601)
    expect(reopened.pending).toBe(true)
    expect(reopened.seen('key-0')).toBe(true)
    expect(reopened.seen('last')).toBe(true)
  })
})
