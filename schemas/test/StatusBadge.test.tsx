import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { StatusBadge } from '../ui/StatusBadge'
import type { StatusBadgeProps } from '../ui/StatusBadge'
import { statusBadgeMarkup } from '../ui/statusBadgeMarkup'

/** The badge's visible text: its markup without tags. */
function visibleText(html: string): string {
  return html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '')
}

/** The SVG drawing of a badge, to compare shapes between lights. */
function icon(html: string): string {
  return /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
}

describe('StatusBadge', () => {
  test.each<[string, StatusBadgeProps, string, string]>([
    ['green', { light: 'green' }, 'green', 'Grønn: gjennomført'],
    ['yellow', { light: 'yellow' }, 'yellow', 'Gul: under arbeid, i rute'],
    [
      'yellow with label',
      { light: 'yellow', label: 'Under arbeid' },
      'yellow',
      'Gul: Under arbeid',
    ],
    ['red paused', { light: 'red', reason: 'paused' }, 'red', 'Rød: satt på pause'],
    ['red terminated', { light: 'red', reason: 'terminated' }, 'red', 'Rød: avsluttet'],
    ['red not started', { light: 'red', reason: 'notStarted' }, 'red', 'Rød: ikke startet'],
    [
      'red without reason',
      { light: 'red', reason: null },
      'red',
      'Rød: avsluttet, ikke startet eller satt på pause',
    ],
    [
      'red with reason and label',
      { light: 'red', reason: 'paused', label: 'Venter' },
      'red',
      'Rød: satt på pause – Venter',
    ],
    ['unreported', { light: 'unreported' }, 'unreported', 'Ikke rapportert'],
    ['missing light', { light: null }, 'unreported', 'Ikke rapportert'],
    ['unknown light', { light: 'blue' }, 'unreported', 'Ikke rapportert'],
  ])('%s', (_name, props, light, text) => {
    const html = renderToStaticMarkup(<StatusBadge {...props} />)
    expect(html).toMatch(new RegExp(`^<span class="status-badge" data-light="${light}">`))
    expect(visibleText(html)).toBe(text)
  })

  test('the date is written out in Norwegian inside <time>', () => {
    const html = renderToStaticMarkup(<StatusBadge light="yellow" asOf="2020-06-12" />)
    expect(html).toContain(
      '<time dateTime="2020-06-12">12. juni 2020</time>'.replace('dateTime', 'datetime'),
    )
    expect(visibleText(html)).toBe('Gul: under arbeid, i rute per 12. juni 2020')
  })

  test('a malformed date is left out rather than shown wrong', () => {
    const html = renderToStaticMarkup(<StatusBadge light="green" asOf="juni 2020" />)
    expect(html).not.toContain('<time')
  })

  test('the icon is hidden from assistive technology and drawn without inline styles', () => {
    const html = renderToStaticMarkup(<StatusBadge light="red" reason="paused" />)
    expect(icon(html)).toContain('aria-hidden="true"')
    expect(html).not.toContain('style=')
  })

  test('the icon says only its size and to draw unfilled lines; their weight and ends come from CSS', () => {
    const svg = /<svg[^>]*>/.exec(renderToStaticMarkup(<StatusBadge light="green" />))?.[0] ?? ''
    const attributes = [...svg.matchAll(/\s([A-Za-z-]+)=/g)].map((match) => match[1])
    expect(attributes.sort()).toEqual(
      ['aria-hidden', 'class', 'fill', 'height', 'stroke', 'viewBox', 'width'].sort(),
    )
    expect(svg).toContain('fill="none" stroke="currentColor"')
  })

  test('each light has its own icon shape', () => {
    const shapes = (['green', 'yellow', 'red', 'unreported'] as const).map((light) =>
      icon(renderToStaticMarkup(<StatusBadge light={light} />)),
    )
    expect(new Set(shapes).size).toBe(4)
  })
})

describe('statusBadgeMarkup', () => {
  const cases: StatusBadgeProps[] = [
    { light: 'green' },
    { light: 'yellow', label: 'Under arbeid', asOf: '2020-06-12' },
    { light: 'red', reason: 'paused', label: 'Venter' },
    { light: 'red', reason: null, asOf: '2021-01-31' },
    { light: 'unreported', label: 'Rapport kommer' },
    { light: null },
    { light: 'blue', asOf: 'juni 2020' },
    { light: 'yellow', label: `<script>alert("x")</script> & 'sitat'` },
  ]

  test.each(cases)('is byte for byte what React renders: %o', (props) => {
    expect(statusBadgeMarkup(props)).toBe(renderToStaticMarkup(<StatusBadge {...props} />))
  })

  test('escapes an editor label instead of inserting markup', () => {
    const html = statusBadgeMarkup({ light: 'green', label: '<img src=x onerror=alert(1)>' })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
