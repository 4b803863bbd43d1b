import { describe, expect, test } from 'vitest'
import { parseWebhookArgs, percentile, renderWebhookMarkdown } from '../webhookBench.ts'

describe('webhook benchmark', () => {
  test.each([
    [50, 5],
    [99, 10],
    [100, 10],
    [1, 1],
  ])('p%i of 1..10 is %i (nearest rank)', (p, expected) => {
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBe(expected)
  })

  test('parses its flags and names a bad one', () => {
    expect(parseWebhookArgs(['--deliveries', '50', '--concurrency', '1,4'])).toEqual({
      deliveries: 50,
      concurrency: [1, 4],
      buildMs: 2000,
      outDir: 'bench-results',
    })
    expect(parseWebhookArgs(['--help'])).toEqual({ help: true })
    expect(() => parseWebhookArgs(['--concurrency', '0'])).toThrow(
      /--concurrency takes whole numbers/,
    )
  })

  test('renders one table row per run', () => {
    const markdown = renderWebhookMarkdown({
      startedAt: '2026-11-26T09:00:00.000Z',
      machine: {
        cpu: 'cpu',
        cores: 2,
        ramGb: 4,
        node: 'v24',
        astro: '7',
        loadAverageAtStart: [1, 1, 1],
      },
      options: { deliveries: 10, concurrency: [1], buildMs: 100 },
      runs: [
        {
          concurrency: 1,
          deliveries: 10,
          statuses: { '202': 10 },
          ackMs: { p50: 1, p99: 2, max: 3, mean: 1.5 },
          sendSeconds: 0.1,
          buildsStarted: 2,
          buildsSucceeded: 2,
        },
      ],
    })
    expect(markdown).toContain('| 1 | 10 | 10× 202 | 1 | 2 | 3 | 0.1 | 2 | 2 |')
  })
})
