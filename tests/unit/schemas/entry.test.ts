import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../src/schemas/entry.ts';
import { problemsFromZod, formatProblems } from '../../../src/schemas/problems.ts';

const valid = {
  title: 'Sprachnachrichten statt Anrufe',
  summary: 'Warum jüngere Kolleg:innen lieber eine Sprachnachricht schicken als anzurufen.',
  kind: 'trend',
  mentors: ['finn-wagner'],
  published: '2026-03-14',
  tags: ['voice-messages'],
  level: 'starter',
  ring: 'everyday',
};

/** The one message a fixture produces, as `npm run check` would print it. */
function messageFor(data: Record<string, unknown>): string {
  const result = entrySchema().safeParse(data);
  if (result.success) return 'valid';
  return formatProblems(problemsFromZod('content/entries/x.mdx', result.error));
}

describe('entry schema', () => {
  it('accepts a minimal valid entry and fills the defaults', () => {
    const entry = entrySchema().parse(valid);
    expect(entry.published.toISOString().slice(0, 10)).toBe('2026-03-14');
    expect(entry.goals).toEqual([]);
    expect(entry.featured).toBe(false);
    expect(entry.draft).toBe(false);
  });

  it('accepts dates given as Date objects, as Astro’s YAML loader delivers them', () => {
    expect(entrySchema().safeParse({ ...valid, published: new Date('2026-03-14T00:00:00Z') }).success).toBe(true);
  });

  describe.each([
    ['app', '2026-03-14', undefined, '2026-09-10'],
    ['trend', '2026-03-14', '2026-05-01', '2026-10-28'],
    ['value', '2026-03-14', undefined, '2027-03-14'],
  ])('default review date for a %s published %s, updated %s', (kind, published, updated, review) => {
    it(`is ${review}`, () => {
      const entry = entrySchema().parse({ ...valid, kind, published, ...(updated ? { updated } : {}) });
      expect(entry.review.toISOString().slice(0, 10)).toBe(review);
    });
  });

  it('keeps an explicit review date', () => {
    expect(entrySchema().parse({ ...valid, review: '2026-04-01' }).review.toISOString().slice(0, 10)).toBe('2026-04-01');
  });

  it('rejects a missing title', () => {
    const { title: _, ...rest } = valid;
    expect(messageFor(rest)).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        title: expected text of 3–90 characters, found nothing (the field is required)"
    `);
  });
  it('rejects a title that is too short', () => {
    expect(messageFor({ ...valid, title: 'AB' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        title: expected at least 3 characters, found 2 characters"
    `);
  });
  it('rejects a summary that is too long', () => {
    expect(messageFor({ ...valid, summary: 'x'.repeat(301) })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        summary: expected at most 300 characters, found 301 characters"
    `);
  });
  it('rejects an unknown kind and suggests the closest', () => {
    expect(messageFor({ ...valid, kind: 'apps' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        kind: expected one of app, trend, value, found "apps" — did you mean "app"?"
    `);
  });
  it('rejects an unknown level', () => {
    expect(messageFor({ ...valid, level: 'beginner' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        level: expected one of starter, explorer, pro, found "beginner""
    `);
  });
  it('rejects an unknown ring and suggests the closest', () => {
    expect(messageFor({ ...valid, ring: 'rising-star' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        ring: expected one of everyday, rising, niche, fading, found "rising-star" — did you mean "rising"?"
    `);
  });
  it('rejects an unknown language', () => {
    expect(messageFor({ ...valid, lang: 'fr' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        lang: expected one of de, en, found "fr""
    `);
  });
  it('rejects an empty mentor list', () => {
    expect(messageFor({ ...valid, mentors: [] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        mentors: expected at least one mentor id, found an empty list"
    `);
  });
  it('rejects a date that is not a calendar day', () => {
    expect(messageFor({ ...valid, published: '14.03.2026' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        published: expected a date written as YYYY-MM-DD, such as 2026-03-14, found "14.03.2026""
    `);
  });
  it('rejects an impossible date', () => {
    expect(messageFor({ ...valid, published: '2026-02-30' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        published: expected a date written as YYYY-MM-DD, such as 2026-03-14, found "2026-02-30""
    `);
  });
  it('rejects an updated date before published', () => {
    expect(messageFor({ ...valid, updated: '2026-01-01' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        updated: expected a day on or after published (2026-03-14), found 2026-01-01"
    `);
  });
  it('rejects an empty tag list', () => {
    expect(messageFor({ ...valid, tags: [] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        tags: expected 1–6 tag ids, found an empty list"
    `);
  });
  it('rejects more than six tags', () => {
    expect(messageFor({ ...valid, tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        tags: expected at most 6 tag ids, found 7"
    `);
  });
  it('rejects a tag id with capitals', () => {
    expect(messageFor({ ...valid, tags: ['Voice-Messages'] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        tags[0]: expected lowercase letters, digits and hyphens, such as "voice-messages", found "Voice-Messages""
    `);
  });
  it('rejects tags written as a single string', () => {
    expect(messageFor({ ...valid, tags: 'voice-messages' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        tags: expected a list of tag ids, such as [a, b], found "voice-messages""
    `);
  });
  it('rejects history that is not oldest first', () => {
    expect(messageFor({ ...valid, history: [{ date: '2025-05-01', ring: 'rising' }, { date: '2024-05-01', ring: 'niche' }] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        history[1].date: expected history oldest first, found 2024-05-01 after 2025-05-01"
    `);
  });
  it('rejects an unknown platform', () => {
    expect(messageFor({ ...valid, platforms: ['windows'] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        platforms[0]: expected one of ios, android, web, desktop, found "windows""
    `);
  });
  it('rejects a relative link URL', () => {
    expect(messageFor({ ...valid, links: [{ title: 'Hilfe', url: '/hilfe' }] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        links[0].url: expected an absolute http(s) URL such as https://example.com/page, found "/hilfe""
    `);
  });
  it('rejects a javascript: source URL', () => {
    expect(messageFor({ ...valid, sources: [{ title: 'Quelle', url: 'javascript:alert(1)' }] })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        sources[0].url: expected an absolute http(s) URL such as https://example.com/page, found "javascript:alert(1)""
    `);
  });
  it('rejects a cover without alt text', () => {
    expect(messageFor({ ...valid, cover: { src: './cover.png', alt: ' ' } })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        cover.alt: expected an alt text describing the image, found an empty text"
    `);
  });
  it('rejects featured written as text', () => {
    expect(messageFor({ ...valid, featured: 'yes' })).toMatchInlineSnapshot(`
      "content/entries/x.mdx
        featured: expected true or false, found "yes""
    `);
  });
});
