import { afterEach, describe, expect, test } from 'vitest'
import type { Content } from '../../src/lib/content/createContent'
import { provideContent, providedContent } from '../../src/lib/content/share'

const fake = (name: string) => ({ name }) as unknown as Content

let withdraw: (() => void) | undefined
afterEach(() => withdraw?.())

describe('the content a build provides to the pages', () => {
  test('is there for the pages once provided, and gone once withdrawn', () => {
    expect(providedContent()).toBeUndefined()
    const build = fake('build')
    const provided = provideContent(build)
    withdraw = provided.withdraw
    expect(providedContent()).toBe(build)
    provided.withdraw()
    expect(providedContent()).toBeUndefined()
  })

  test('a later build’s content replaces it, and an earlier build cannot withdraw the later one’s', () => {
    const first = provideContent(fake('first'))
    const second = fake('second')
    withdraw = provideContent(second).withdraw
    first.withdraw()
    expect(providedContent()).toBe(second)
  })
})

describe('the content module', () => {
  test('renders what the build provided instead of opening its own source', async () => {
    const programme = { name: 'Provided' }
    withdraw = provideContent({
      getProgramme: async () => programme,
    } as unknown as Content).withdraw
    // A fresh module instance, as the pages' bundle has its own.
    const module = await import(`../../src/lib/content/index?provided=${Date.now()}`)
    await expect(module.getProgramme()).resolves.toBe(programme)
  })
})
