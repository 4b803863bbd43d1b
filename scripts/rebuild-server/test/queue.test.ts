import { describe, expect, test } from 'vitest'
import { BuildQueue } from '../queue.ts'

/** A build whose end the test decides. */
function controllable() {
  const ends: Array<() => void> = []
  let started = 0
  const queue = new BuildQueue(() => {
    started += 1
    return new Promise<void>((resolve) => ends.push(resolve))
  })
  const finishNext = async () => {
    ends.shift()?.()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { queue, finishNext, started: () => started }
}

describe('BuildQueue', () => {
  test('starts at once when idle and coalesces any number of requests during a build into one', async () => {
    const { queue, finishNext, started } = controllable()
    expect(queue.request()).toBe('started')
    for (let i = 0; i < 50; i += 1) expect(queue.request()).toBe('pending')
    expect(started()).toBe(1)
    expect(queue.pending).toBe(true)
    await finishNext()
    expect(started()).toBe(2)
    expect(queue.pending).toBe(false)
    await finishNext()
    await queue.idle()
    expect(queue.running).toBe(false)
    expect(started()).toBe(2)
  })

  test('a request during the follow-up build gets another build after it', async () => {
    const { queue, finishNext, started } = controllable()
    queue.request()
    queue.request()
    await finishNext()
    queue.request()
    await finishNext()
    await finishNext()
    expect(started()).toBe(3)
  })

  test('keeps going after a build throws', async () => {
    let calls = 0
    const queue = new BuildQueue(async () => {
      calls += 1
      if (calls === 1) throw new Error('boom')
    })
    queue.request()
    queue.request()
    await queue.idle()
    expect(calls).toBe(2)
  })

  test('starts no follow-up once stopped', async () => {
    const { queue, finishNext, started } = controllable()
    queue.request()
    queue.request()
    const stopped = queue.stop()
    await finishNext()
    await stopped
    expect(started()).toBe(1)
  })
})
