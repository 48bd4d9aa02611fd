import { z } from 'astro/zod';
import { day, expected, expectedCount, fields, httpUrl, localFile, list, notEmpty, oneOf, required, slug, text } from './fields.ts';
import { msg } from '../i18n/messages.ts';
import { defaultReviewDate } from '../lib/freshness.ts';
import { toIsoDay } from '../lib/dates.ts';
import { LEVELS, type Level } from '../lib/levels.ts';

/** The level order is defined once, in src/lib/levels.ts. */
export { LEVELS, type Level };

/** Kinds and rings are defined once, in src/lib/kinds.ts (the browser's radar uses them too). */
import { KINDS, RINGS, type Kind, type Ring } from '../lib/kinds.ts';
export { KINDS, RINGS, type Kind, type Ring };
export const PLATFORMS = ['ios', 'android', 'web', 'desktop'] as const;
export const LANGS = ['de', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/**
 * How the `cover.src` field is checked. Astro hands in its `image()` helper so the
 * file is resolved and optimised; scripts check a plain relative path instead.
 */
type ImageField = () => z.ZodType;

const day10 = toIsoDay;

/** Front matter of `content/entries/<slug>.mdx`. */
export function entrySchema(image: ImageField = () => z.string()) {
  return fields({
    /** The entry's name, 3–90 characters, e.g. `Sprachnachrichten statt Anrufe`. */
    title: text(3, 90),
    /** 20–300 characters; shown on cards, in search results and in digests. */
    summary: text(20, 300),
    /** `app`, `trend` or `value`. */
    kind: oneOf(KINDS),
    /** Language of the entry, `de` or `en`; default the site's locale. */
    lang: oneOf(LANGS).optional(),
    /** Mentor ids (file names in `content/mentors/`), at least one, e.g. `[lena-hoffmann]`. */
    mentors: list(slug(), 'name.mentorIds').min(1, { error: notEmpty('what.oneMentor') }),
    /** First publication day, e.g. `2026-03-14`. */
    published: day(),
    /** Day of the last substantial update; not before `published`. */
    updated: day().optional(),
    /** Day by which the entry should be checked again. Default: the later of published/updated plus 180 days (apps, trends) or 365 days (values). */
    review: day().optional(),
    /** 1–6 tag ids from `content/tags.yaml`, e.g. `[messenger, voice-messages]`. */
    tags: list(slug(), 'name.tagIds')
      .min(1, { error: notEmpty('what.tagCount') })
      .max(6, { error: (iss) => expectedCount(msg('what.atMostTags'), `${Array.isArray(iss.input) ? iss.input.length : 'more'}`) }),
    /** Goal ids from `content/goals.yaml`, e.g. `[recruiting]`. */
    goals: list(slug(), 'name.goalIds').default([]),
    /** The executive's digital experience level this entry suits: `starter`, `explorer` or `pro`. */
    level: oneOf(LEVELS),
    /** Where it stands among Gen Z now: `everyday`, `rising`, `niche` or `fading`. */
    ring: oneOf(RINGS),
    /** Earlier rings, oldest first, e.g. `- { date: 2024-05-01, ring: rising, note: "…" }`. */
    history: list(fields({ date: day(), ring: oneOf(RINGS), note: z.string().optional() }), 'name.earlierRings').default([]),
    /** Where an app runs: `ios`, `android`, `web`, `desktop`. */
    platforms: list(oneOf(PLATFORMS), 'name.platforms').default([]),
    /** Further reading, e.g. `- { title: "Hilfe-Center", url: "https://…" }`. */
    links: list(fields({ title: required('name.linkTitle'), url: httpUrl() }), 'name.links').default([]),
    /** Where figures in the text come from; `accessed` is the day you read it. */
    sources: list(fields({ title: required('name.sourceTitle'), url: httpUrl(), accessed: day().optional() }), 'name.sources').default([]),
    /** A local image next to the entry and its alt text (required, not empty). */
    cover: fields({ src: localFile('name.imageFile').pipe(image() as z.ZodType<unknown, string>), alt: required('name.coverAlt') }).optional(),
    /** Slugs of related entries; each must exist and not be this entry. */
    related: list(slug(), 'name.entrySlugs').default([]),
    /** Slug of the entry this one translates (the original, in the other language), e.g. `voice-messages`; the two entry pages then link each other. */
    translationOf: slug().optional(),
    /** Shown first on the home page and in digests. Default `false`. */
    featured: z.boolean({ error: (iss) => expected(msg('what.trueFalse'), iss.input) }).default(false),
    /** Drafts appear in `astro dev` only. Default `false`. */
    draft: z.boolean({ error: (iss) => expected(msg('what.trueFalse'), iss.input) }).default(false),
  })
    .superRefine((e, ctx) => {
      if (e.updated && e.updated < e.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: expectedCount(msg('what.dayOnOrAfterPublished', { day: day10(e.published) }), day10(e.updated)) });
      }
      e.history.forEach((step, i) => {
        const before = e.history[i - 1];
        if (before && step.date < before.date) {
          ctx.addIssue({ code: 'custom', path: ['history', i, 'date'], message: expectedCount(msg('what.historyOrder'), msg('found.after', { day: day10(step.date), before: day10(before.date) })) });
        }
      });
    })
    .transform((e) => ({ ...e, review: e.review ?? defaultReviewDate(e.kind, e.published, e.updated) }));
}

export type Entry = z.output<ReturnType<typeof entrySchema>>;
