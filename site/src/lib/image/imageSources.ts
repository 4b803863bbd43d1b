import { createImageUrlBuilder } from '@sanity/image-url'

/** An image field as the content module returns it (`imageWithAlt`). */
export interface ImageField {
  asset?: { _ref: string } | null | undefined
  alt?: string | null | undefined
  caption?: string | null | undefined
  hotspot?: unknown
  crop?: unknown
}

/** What an `<img>` needs: a fallback `src`, a `srcset`, and intrinsic dimensions against layout shift. */
export interface ImageSources {
  src: string
  srcset: string
  width: number
  height: number
}

/** Where the image CDN lives; only a Content Lake configuration has one. */
export interface ImageProject {
  projectId: string
  dataset: string
}

const ASSET_REF = /^image-[a-f0-9]+-(\d+)x(\d+)-[a-z0-9]+$/
const DEFAULT_WIDTHS = [320, 640, 960, 1280]

/** Intrinsic size from a Sanity image asset id (`image-<hash>-<w>x<h>-<ext>`). */
export function assetDimensions(ref: string): { width: number; height: number } | undefined {
  const match = ASSET_REF.exec(ref)
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined
}

/**
 * URLs for a responsive image through `@sanity/image-url`, or `undefined` when there is nothing to show (no
 * image, no asset, no project to serve it from) so the caller renders no element rather than a broken one.
 */
export function imageSources(
  image: ImageField | null | undefined,
  project: ImageProject | undefined,
  widths: readonly number[] = DEFAULT_WIDTHS,
): ImageSources | undefined {
  const ref = image?.asset?._ref
  const size = ref ? assetDimensions(ref) : undefined
  if (!image || !ref || !size || !project) return undefined
  const builder = createImageUrlBuilder(project).image(image).auto('format').fit('max')
  const usable = widths.filter((width) => width <= size.width)
  const steps = usable.length > 0 ? usable : [size.width]
  const largest = steps.at(-1) ?? size.width
  return {
    src: builder.width(largest).url(),
    srcset: steps.map((width) => `${builder.width(width).url()} ${width}w`).join(', '),
    width: size.width,
    height: size.height,
  }
}
