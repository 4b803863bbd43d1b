import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { PreviewProps } from 'sanity'
import { describe, expect, test } from 'vitest'
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

  test('leaves previews that carry no status untouched', () => {
    expect(previewProps({}).subtitle).toBe('Tekst')
  })
})
