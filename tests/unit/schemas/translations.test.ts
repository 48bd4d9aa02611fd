import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../src/schemas/entry.ts';
import { mentorSchema } from '../../../src/schemas/mentor.ts';
import { taxonomySchema } from '../../../src/schemas/taxonomy.ts';
import { validateLibrary, type Library } from '../../../src/schemas/library.ts';
import { formatProblems } from '../../../src/schemas/problems.ts';
import { translationsOf } from '../../../src/lib/translations.ts';

const TODAY = new Date('2026-11-28T00:00:00Z');

/** Entries by slug with their front matter beyond a valid minimum, parsed by the real schema. */
function library(entries: Record<string, Record<string, unknown>>): Library {
  return {
    entries: Object.entries(entries).map(([id, data]) => ({
      id,
      file: `content/entries/${id}.mdx`,
      data: entrySchema().parse({
        title: id,
        summary: 'Eine Zusammenfassung, die lang genug ist.',
        kind: 'trend', mentors: ['emily-carter'], published: '2026-01-10', tags: ['messenger'], level: 'starter', ring: 'everyday',
        ...data,
      }),
    })),
    mentors: [{ id: 'emily-carter', file: 'content/mentors/emily-carter.md', data: mentorSchema.parse({ name: 'Emily Carter', role: 'Junior Product Managerin' }) }],
    tags: [{ id: 'messenger', file: 'content/tags.yaml', data: taxonomySchema.parse({ id: 'messenger', label: { de: 'Messenger', en: 'Messengers' } }) }],
    goals: [],
    paths: [],
    digests: [],
    glossary: [],
  };
}

const messages = (lib: Library, defaultLang = 'de') => formatProblems(validateLibrary(lib, TODAY, 'content', defaultLang));

describe('translationOf', () => {
  it('accepts an English translation of a German original, either with lang written or by default', () => {
    expect(messages(library({ sprachnachrichten: { lang: 'de' }, 'voice-messages': { lang: 'en', translationOf: 'sprachnachrichten' } }))).toBe('');
    expect(messages(library({ sprachnachrichten: {}, 'voice-messages': { lang: 'en', translationOf: 'sprachnachrichten' } }))).toBe('');
  });
  it('refuses an original that does not exist, with the closest slug', () => {
    expect(messages(library({ sprachnachrichten: {}, 'voice-messages': { lang: 'en', translationOf: 'sprachnachricht' } }))).toMatchInlineSnapshot(`
      "content/entries/voice-messages.mdx
        translationOf: expected an entry id from content/entries/, found "sprachnachricht" — did you mean "sprachnachrichten"?"
    `);
  });
  it('refuses the entry itself', () => {
    expect(messages(library({ 'voice-messages': { lang: 'en', translationOf: 'voice-messages' } }))).toMatchInlineSnapshot(`
      "content/entries/voice-messages.mdx
        translationOf: expected the slug of the original in the other language, found the entry itself ("voice-messages")"
    `);
  });
  it('refuses an original in the same language, counting a missing lang as the default language', () => {
    expect(messages(library({ sprachnachrichten: {}, 'voice-messages': { translationOf: 'sprachnachrichten' } }))).toMatchInlineSnapshot(`
      "content/entries/voice-messages.mdx
        translationOf: expected an entry in another language than this one (de), found "sprachnachrichten" in de too — set lang: on the translation"
    `);
    // With English as the default, the same pair is fine only when the original says it is German.
    expect(messages(library({ sprachnachrichten: { lang: 'de' }, 'voice-messages': { translationOf: 'sprachnachrichten' } }), 'en')).toBe('');
  });
  it('refuses a translation of a translation and names the original to write instead', () => {
    expect(messages(library({ alpha: { lang: 'de' }, beta: { lang: 'en', translationOf: 'alpha' }, gamma: { lang: 'de', translationOf: 'beta' } }))).toMatchInlineSnapshot(`
      "content/entries/gamma.mdx
        translationOf: expected the original entry, found "beta", itself a translation of "alpha" — write translationOf: alpha"
    `);
  });
  it('refuses a second translation into the same language', () => {
    expect(messages(library({ alpha: { lang: 'de' }, beta: { lang: 'en', translationOf: 'alpha' }, gamma: { lang: 'en', translationOf: 'alpha' } }))).toMatchInlineSnapshot(`
      "content/entries/gamma.mdx
        translationOf: expected one translation of "alpha" per language, found a second one in en (the first is content/entries/beta.mdx)"
    `);
  });
});

describe('translationsOf', () => {
  const entries = [
    { id: 'sprachnachrichten', data: { lang: 'de' } },
    { id: 'voice-messages', data: { lang: 'en', translationOf: 'sprachnachrichten' } },
    { id: 'signal', data: {} },
  ];
  it('links an original to its translations and back, by language', () => {
    expect([...translationsOf(entries[0]!, entries, 'de')]).toEqual([['en', 'voice-messages']]);
    expect([...translationsOf(entries[1]!, entries, 'de')]).toEqual([['de', 'sprachnachrichten']]);
  });
  it('gives nothing for an entry without translations', () => {
    expect(translationsOf(entries[2]!, entries, 'de').size).toBe(0);
  });
});
