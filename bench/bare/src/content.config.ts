import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/entries' }),
    schema: z.object({ title: z.string(), summary: z.string(), lang: z.enum(['de', 'en']) }),
  }),
};
