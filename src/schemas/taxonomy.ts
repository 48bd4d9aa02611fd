import { z } from 'astro/zod';
import { bilingual, fields, slug } from './fields.ts';

/**
 * One item of `content/tags.yaml` (the controlled vocabulary of topics) or
 * `content/goals.yaml` (the company goals the program serves).
 */
export const taxonomySchema = fields({
  /** File-name style id used in entries, e.g. `voice-messages`. */
  id: slug(),
  /** The visible name in both UI languages, e.g. `{ de: "Sprachnachrichten", en: "Voice messages" }`. */
  label: bilingual('bi.label'),
  /** Optional one-sentence explanation shown on the tag or goal page. */
  description: bilingual('bi.description').optional(),
});

export type TaxonomyItem = z.output<typeof taxonomySchema>;
