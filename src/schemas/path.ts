import { z } from 'astro/zod';
import { fields, list, notEmpty, oneOf, required, slug, text } from './fields.ts';
import { LEVELS } from './entry.ts';

/** A learning path, `content/paths/<id>.yaml`. */
export const pathSchema = fields({
  /** e.g. `Erste Schritte`. */
  title: text(3, 90),
  /** Two or three sentences: who the path is for and what they will be able to do. */
  description: required('name.description'),
  /** The digital experience level the path meets: `starter`, `explorer` or `pro`. */
  level: oneOf(LEVELS),
  /** Entry slugs in reading order; each must exist. */
  entries: list(slug(), 'name.entrySlugs').min(1, { error: notEmpty('what.oneEntrySlug') }),
  /** Language of the path's texts; default the site's locale. */
  lang: oneOf(['de', 'en']).optional(),
});

export type LearningPath = z.output<typeof pathSchema>;
