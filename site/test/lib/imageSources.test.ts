import { expect, test } from 'vitest'
import { assetDimensions, imageSources } from '../../src/lib/image/imageSources'

const project = { projectId: 'abc123', dataset: 'production' }
const image = { asset: { _ref: 'image-0123abcd-1200x800-jpg' }, alt: 'Havna' }

test('reads the intrinsic size from the asset id', () => {
  expect(assetDimensions('image-0123abcd-1200x800-jpg')).toEqual({ width: 1200, height: 800 })
  expect(assetDimensions('file-0123-pdf')).toBeUndefined()
})

test('builds a srcset of widths no larger than the original', () => {
  const sources = imageSources(image, project)
  expect(sources?.width).toBe(1200)
  expect(sources?.height).toBe(800)
  const widths = sources?.srcset.split(', ').map((entry) => entry.split(' ')[1])
  expect(widths).toEqual(['320w', '640w', '960w'])
  expect(sources?.src).toMatch(
    /^https:\/\/cdn\.sanity\.io\/images\/abc123\/production\/0123abcd-1200x800\.jpg\?w=960/,
  )
})

test.each([
  ['no image', null, project],
  ['no asset', { alt: 'Uten fil' }, project],
  ['no project to serve it', image, undefined],
])('%s → nothing to render', (_case, input, where) => {
  expect(imageSources(input, where)).toBeUndefined()
})
