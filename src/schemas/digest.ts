import { z } from 'astro/zod';
import { day, expectedCount, fields, list, required, slug } from './fields.ts';
import { msg } from '../i18n/messages.ts';
import { toIsoDay } from '../lib/dates.ts';

/** The record of a published newsletter digest, `content/digests/<number>.md`. */
export const digestSchema = fields({
  /** Issue number, counting from 1. */
  number: z.number({ error: (iss) => expectedCount(msg('what.wholeNumber'), JSON.stringify(iss.input)) }).int().positive(),
  /** e.g. `Trend Library Digest #3 – Oktober 2026`. */
  title: required('name.title'),
  /** First day of the period covered (inclusive). */
  from: day(),
  /** Last day of the period covered (inclusive). */
  to: day(),
  /** Entry slugs in the order the digest shows them. */
  entries: list(slug(), 'name.entrySlugs'),
  /** The slugs among `entries` shown first as featured. Default none. */
  featured: list(slug(), 'name.entrySlugs').default([]),
  /** The day the digest was sent. */
  published: day(),
})
  .superRefine((d, ctx) => {
    if (d.to < d.from) ctx.addIssue({ code: 'custom', path: ['to'], message: expectedCount(msg('what.dayOnOrAfterFrom', { day: toIsoDay(d.from) }), toIsoDay(d.to)) });
    d.featured.forEach((s, i) => {
      if (!d.entries.includes(s)) ctx.addIssue({ code: 'custom', path: ['featured', i], message: expectedCount(msg('what.featuredListed'), `"${s}"`) });
    });
  });

export type DigestRecord = z.output<typeof digestSchema>;
