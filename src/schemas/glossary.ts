import { z } from 'astro/zod';
import { bilingual, fields, list, required, slug } from './fields.ts';

/** One term of `content/glossary.yaml`. */
export const glossarySchema = fields({
  /** File-name style id, e.g. `cringe`. */
  id: slug(),
  /** The word as readers meet it, e.g. `cringe`. */
  term: required('name.term'),
  /** Other spellings and synonyms that mean the same, e.g. `[cringy, Cringe-Moment]`. */
  aka: list(z.string().min(1), 'name.spellings').default([]),
  /** What it means, in German and English. */
  meaning: bilingual('bi.meaning'),
  /** A sentence as it would appear in a chat. */
  example: z.string().optional(),
  /** Entries where the term matters. */
  entries: list(slug(), 'name.entrySlugs').default([]),
});

export type GlossaryTerm = z.output<typeof glossarySchema>;
