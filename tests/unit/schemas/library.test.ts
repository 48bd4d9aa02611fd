import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../src/schemas/entry.ts';
import { mentorSchema } from '../../../src/schemas/mentor.ts';
import { taxonomySchema } from '../../../src/schemas/taxonomy.ts';
import { pathSchema } from '../../../src/schemas/path.ts';
import { validateLibrary, type Library } from '../../../src/schemas/library.ts';
import { formatProblems } from '../../../src/schemas/problems.ts';

const TODAY = new Date('2026-11-28T00:00:00Z');

/** A small library parsed by the real schemas; `patch` changes one entry's front matter. */
function library(patch: Record<string, unknown> = {}, extra: Partial<Library> = {}): Library {
  const entry = (id: string, data: Record<string, unknown>) => ({
    id,
    file: `content/entries/${id}.mdx`,
    data: entrySchema().parse({
      title: id === 'tiktok' ? 'TikTok' : 'Signal',
      summary: 'Eine Zusammenfassung, die lang genug ist.',
      kind: 'app', mentors: ['lena-hoffmann'], published: '2026-01-10', tags: ['short-video'], level: 'starter', ring: 'everyday',
      ...data,
    }),
  });
  return {
    entries: [entry('tiktok', patch), entry('signal', {})],
    mentors: [{ id: 'lena-hoffmann', file: 'content/mentors/lena-hoffmann.md', data: mentorSchema.parse({ name: 'Lena Hoffmann', role: 'Werkstudentin' }) }],
    tags: ['short-video', 'privacy', 'instagram'].map((id) => ({ id, file: 'content/tags.yaml', data: taxonomySchema.parse({ id, label: { de: id, en: id } }) })),
    goals: [{ id: 'recruiting', file: 'content/goals.yaml', data: taxonomySchema.parse({ id: 'recruiting', label: { de: 'Recruiting', en: 'Recruiting' } }) }],
    paths: [],
    digests: [],
    glossary: [],
    ...extra,
  };
}

/** The problems as `npm run check` and the build print them. */
const messages = (lib: Library) => formatProblems(validateLibrary(lib, TODAY));

describe('rules across collections', () => {
  it('accepts a consistent library', () => {
    expect(messages(library())).toBe('');
  });
  it('rejects an unknown mentor and suggests the closest', () => {
    expect(messages(library({ mentors: ['lena-hofmann'] }))).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        mentors[0]: expected a mentor id from content/mentors/, found "lena-hofmann" — did you mean "lena-hoffmann"?"
    `);
  });
  it('rejects an unknown tag and suggests the closest', () => {
    expect(messages(library({ tags: ['instagam'] }))).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        tags[0]: expected a tag id from content/tags.yaml, found "instagam" — did you mean "instagram"?"
    `);
  });
  it('rejects an unknown goal without a suggestion when nothing is close', () => {
    expect(messages(library({ goals: ['world-peace'] }))).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        goals[0]: expected a goal id from content/goals.yaml, found "world-peace""
    `);
  });
  it('rejects a related entry that does not exist', () => {
    expect(messages(library({ related: ['signl'] }))).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        related[0]: expected an entry id from content/entries/, found "signl" — did you mean "signal"?"
    `);
  });
  it('rejects an entry that names itself as related', () => {
    expect(messages(library({ related: ['tiktok'] }))).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        related[0]: expected other entries, found the entry itself ("tiktok")"
    `);
  });
  it('rejects history dated today or later', () => {
    expect(messages(library({ history: [{ date: '2026-11-28', ring: 'rising' }] }))).toMatchInlineSnapshot(`
      "content/entries/tiktok.mdx
        history[0].date: expected a day before today (2026-11-28), found 2026-11-28"
    `);
  });
  it('rejects two entries with the same title', () => {
    expect(messages(library({ title: 'Signal' }))).toMatchInlineSnapshot(`
      "content/entries/signal.mdx
        title: expected a title no other entry has, found "Signal", also used by content/entries/tiktok.mdx"
    `);
  });
  it('rejects a learning path that names a missing entry', () => {
    const path = { id: 'start', file: 'content/paths/start.yaml', data: pathSchema.parse({ title: 'Start', description: 'Für alle.', level: 'starter', entries: ['tiktok', 'snapchat'] }) };
    expect(messages(library({}, { paths: [path] }))).toMatchInlineSnapshot(`
      "content/paths/start.yaml
        entries[1]: expected an entry id from content/entries/, found "snapchat""
    `);
  });
});
