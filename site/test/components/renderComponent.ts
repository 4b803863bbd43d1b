import { getContainerRenderer } from '@astrojs/react/container-renderer'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { loadRenderers } from 'astro:container'

type Component = Parameters<AstroContainer['renderToString']>[0]

let container: Promise<AstroContainer> | undefined

/** One Container API instance for a test file, with the React renderer (for the shared StatusBadge). */
function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers, astroConfig: { site: 'https://retenk.no' } }),
  )
  return container
}

/** Renders an Astro component with props (and an optional default slot) to an HTML string. */
export async function render(
  component: Component,
  props: Record<string, unknown> = {},
  slot?: string,
): Promise<string> {
  const c = await getContainer()
  return c.renderToString(component, { props, ...(slot ? { slots: { default: slot } } : {}) })
}
