import { main } from './main.ts'

// Thin entry: all logic lives in main.ts, which the tests import.
const result = await main(process.argv.slice(2))
if (typeof result === 'number') {
  process.exitCode = result
} else {
  const stop = (): void => {
    result.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
