import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { expect, test } from 'vitest'
import Index from '../src/pages/index.astro'
test('renders', async () => {
  const c = await AstroContainer.create()
  expect(await c.renderToString(Index)).toMatch(/<h1[^>]*>Re:tenk<\/h1>/)
})
