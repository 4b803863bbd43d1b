import { describe, expect, test } from 'vitest'
import { targetOrder } from '../runBench.ts'

describe('targetOrder', () => {
  test('ours runs first in repeat 1 whatever order --targets gave, so the baselines know its page count', () => {
    expect(targetOrder(['astro-md', 'ours'], 1)).toEqual(['ours', 'astro-md'])
    expect(targetOrder(['hugo', 'astro-md', 'ours'], 1)).toEqual(['ours', 'hugo', 'astro-md'])
  })

  test('later repeats rotate, so that no target always runs first', () => {
    const targets = ['astro-md', 'ours', 'hugo'] as const
    const firsts = [1, 2, 3].map((repeat) => targetOrder(targets, repeat)[0])
    expect(firsts).toEqual(['ours', 'astro-md', 'hugo'])
    expect(targetOrder(targets, 4)).toEqual(targetOrder(targets, 1))
  })
})
