import { afterEach, describe, expect, test } from 'vitest'
import type { Content } from '../../src/lib/content/createContent'
import { receiveContent, shareContent } from '../../src/lib/content/share'

const fake = (name: string) => ({ name }) as unknown as Content

let close: (() => void) | undefined
afterEach(() => close?.())

describe('sharing the pages’ content with a build integration', () => {
  test('the receiver gets the content the content module shares', async () => {
    const receiver = receiveContent()
    close = receiver.close
    const pages = fake('pages')
    shareContent(pages)
    await expect(receiver.content).resolves.toBe(pages)
  })

  test('the first share wins; a fallback after it changes nothing', async () => {
    const receiver = receiveContent()
    close = receiver.close
    const first = fake('first')
    shareContent(first)
    shareContent(fake('second'))
    receiver.fallback(() => fake('fallback'))
    await expect(receiver.content).resolves.toBe(first)
  })

  test('with nothing shared, the fallback settles it (and is only made then)', async () => {
    const receiver = receiveContent()
    close = receiver.close
    let made = 0
    receiver.fallback(() => {
      made += 1
      return fake('fallback')
    })
    receiver.fallback(() => {
      made += 1
      return fake('again')
    })
    await expect(receiver.content).resolves.toMatchObject({ name: 'fallback' })
    expect(made).toBe(1)
  })

  test('after close, sharing reaches nobody, and sharing with no receiver is harmless', async () => {
    const receiver = receiveContent()
    receiver.close()
    expect(() => shareContent(fake('late'))).not.toThrow()
    receiver.fallback(() => fake('fallback'))
    await expect(receiver.content).resolves.toMatchObject({ name: 'fallback' })
  })
})
