import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { PreviewProps } from 'sanity'
import { ServerStyleSheet } from 'styled-components'
import { describe, expect, test } from 'vitest'
import { STATUS_ICON_STROKES } from '../../schemas/ui/statusBadgeParts'
import { MeasurePreview } from '../components/MeasurePreview'

/** Renders the preview with a renderDefault that returns the props it was given. */
function previewProps(values: Record<string, unknown>): PreviewProps {
  const props = {
    title: 'Tiltak',
    subtitle: 'Tekst',
    ...values,
    renderDefault: (next: PreviewProps) => next,
  }
  return MeasurePreview(props as unknown as PreviewProps) as unknown as PreviewProps
}

describe('MeasurePreview', () => {
  test('shows the shared status badge as subtitle and the goal as description', () => {
    const props = previewProps({ light: 'red', reason: 'paused', goalTitle: 'Bedre veier' })
    const html = renderToStaticMarkup(props.subtitle as ReactElement)
    expect(html).toContain('data-light="red"')
    expect(html).toContain('Rød: satt på pause')
    expect(props.description).toBe('Bedre veier')
  })

  test('draws the badge icon with the strokes the site draws it with', () => {
    const sheet = new ServerStyleSheet()
    try {
      const html = renderToStaticMarkup(
        sheet.collectStyles(previewProps({ light: 'green' }).subtitle as ReactElement),
      )
      const css = sheet.getStyleTags()
      const frame = /^<span class="([^"]+)">/.exec(html)?.[1]?.split(' ').at(-1) ?? ''
      const rule = new RegExp(`\\.${frame} \\.status-badge__icon\\{([^}]*)\\}`).exec(css)?.[1]
      for (const [property, value] of Object.entries(STATUS_ICON_STROKES)) {
        expect(rule, css).toContain(`${property}:${value};`)
      }
    } finally {
      sheet.seal()
    }
  })

  test('leaves previews that carry no status untouched', () => {
    expect(previewProps({}).subtitle).toBe('Tekst')
  })
})
