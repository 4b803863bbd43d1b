import type { AstroIntegration } from 'astro'
import { afterEach, describe, expect, test } from 'vitest'
import { productionBuild } from '../../src/integrations/productionBuild'

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>
const original = process.env.NODE_ENV
afterEach(() => {
  process.env.NODE_ENV = original
})

/** Runs the integration's config:setup hook for `command` with NODE_ENV set to `nodeEnv`. */
function setup(command: 'build' | 'dev' | 'preview', nodeEnv: string | undefined): void {
  if (nodeEnv === undefined) delete process.env.NODE_ENV
  else process.env.NODE_ENV = nodeEnv
  const hook = productionBuild().hooks['astro:config:setup'] as Setup
  void hook({ command } as Parameters<Setup>[0])
}

describe('productionBuild', () => {
  test.each(['test', 'development'])('astro build under NODE_ENV=%s stops and says why', (env) => {
    expect(() => setup('build', env)).toThrow(
      new RegExp(`NODE_ENV is «${env}».*NODE_ENV=production.*development bundle`),
    )
  })

  test.each([undefined, 'production'])('astro build with NODE_ENV=%s goes ahead', (env) => {
    expect(() => setup('build', env)).not.toThrow()
  })

  test.each(['dev', 'preview'] as const)('astro %s may run in development', (command) => {
    expect(() => setup(command, 'development')).not.toThrow()
  })
})
