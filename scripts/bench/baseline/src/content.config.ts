import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

// The benchmark writes the Markdown files to a temporary directory and points BASELINE_CONTENT_DIR at it.
const base = process.env.BASELINE_CONTENT_DIR ?? './content'

/** One Markdown file per page. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.md', base }),
  schema: z.object({ title: z.string(), lead: z.string() }),
})

export const collections = { pages }
