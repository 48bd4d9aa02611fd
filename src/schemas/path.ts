import { z } from 'astro/zod';
import { fields, list, oneOf, required, slug, text } from './fields.ts';
import { LEVELS } from './entry.ts';

/** A learning path, `content/paths/<id>.yaml`. */
export const pathSchema = fields({
  /** e.g. `Erste Schritte`. */
  title: text(3, 90),
  /** Two or three sentences: who the path is for and what they will be able to do. */
  description: required('a description'),
  /** The digital experience level the path meets: `starter`, `explorer` or `pro`. */
  level: oneOf(LEVELS),
  /** Entry slugs in reading order; each must exist. */
  entries: list(slug(), 'entry slugs').min(1, { error: 'expected at least one entry slug, found an empty list' }),
  /** Language of the path's texts; default the site's locale. */
  lang: oneOf(['de', 'en']).optional(),
});

export type LearningPath = z.output<typeof pathSchema>;
