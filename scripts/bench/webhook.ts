import {
  parseWebhookArgs,
  renderWebhookMarkdown,
  runWebhookBench,
  WEBHOOK_USAGE,
} from './webhookBench.ts'

// Thin entry: the benchmark lives in webhookBench.ts.
let options: ReturnType<typeof parseWebhookArgs>
try {
  options = parseWebhookArgs(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${WEBHOOK_USAGE}\n`)
  process.exit(2)
}
if ('help' in options) {
  process.stdout.write(`${WEBHOOK_USAGE}\n`)
} else {
  const result = await runWebhookBench(options)
  process.stdout.write(renderWebhookMarkdown(result))
  process.stdout.write(`\nWritten to ${options.outDir}/webhook.json and webhook.md\n`)
}
