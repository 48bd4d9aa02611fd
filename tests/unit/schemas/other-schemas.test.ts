import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { mentorSchema } from '../../../src/schemas/mentor.ts';
import { taxonomySchema } from '../../../src/schemas/taxonomy.ts';
import { pathSchema } from '../../../src/schemas/path.ts';
import { digestSchema } from '../../../src/schemas/digest.ts';
import { glossarySchema } from '../../../src/schemas/glossary.ts';
import { formatProblems, problemsFromZod } from '../../../src/schemas/problems.ts';

const messageFor = (schema: z.ZodType, data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? 'valid' : formatProblems(problemsFromZod('f', r.error));
};

describe('mentor schema', () => {
  it('accepts a mentor with name and role and defaults active to true', () => {
    expect(mentorSchema.parse({ name: 'Lena Hoffmann', role: 'Werkstudentin' }).active).toBe(true);
  });
  it('rejects a mentor without a role', () => {
    expect(messageFor(mentorSchema, { name: 'Lena' })).toMatchInlineSnapshot(`
      "f
        role: expected the mentor’s role, found nothing (the field is required)"
    `);
  });
  it('rejects a language other than de or en', () => {
    expect(messageFor(mentorSchema, { name: 'Lena', role: 'X', languages: ['tr'] })).toMatchInlineSnapshot(`
      "f
        languages[0]: expected one of de, en, found "tr""
    `);
  });
});

describe('tag and goal schema', () => {
  it('accepts an id with labels in both languages', () => {
    expect(messageFor(taxonomySchema, { id: 'privacy', label: { de: 'Privatsphäre', en: 'Privacy' } })).toBe('valid');
  });
  it('rejects a label without English', () => {
    expect(messageFor(taxonomySchema, { id: 'privacy', label: { de: 'Privatsphäre' } })).toMatchInlineSnapshot(`
      "f
        label.en: expected an English label, found nothing (the field is required)"
    `);
  });
  it('rejects a label given as plain text', () => {
    expect(messageFor(taxonomySchema, { id: 'privacy', label: 'Privacy' })).toMatchInlineSnapshot(`
      "f
        label: expected a German and an English label as { de: …, en: … }, found "Privacy""
    `);
  });
});

describe('learning path schema', () => {
  it('accepts a path with entries', () => {
    expect(messageFor(pathSchema, { title: 'Erste Schritte', description: 'Für alle.', level: 'starter', entries: ['tiktok'] })).toBe('valid');
  });
  it('rejects a path without entries', () => {
    expect(messageFor(pathSchema, { title: 'Erste Schritte', description: 'Für alle.', level: 'starter', entries: [] })).toMatchInlineSnapshot(`
      "f
        entries: expected at least one entry slug, found an empty list"
    `);
  });
  it('rejects an unknown level and suggests the closest', () => {
    expect(messageFor(pathSchema, { title: 'Erste Schritte', description: 'Für alle.', level: 'starters', entries: ['a'] })).toMatchInlineSnapshot(`
      "f
        level: expected one of starter, explorer, pro, found "starters" — did you mean "starter"?"
    `);
  });
});

describe('digest record schema', () => {
  const valid = { number: 2, title: 'Digest #2', from: '2026-09-01', to: '2026-09-30', entries: ['tiktok'], published: '2026-10-01' };
  it('accepts a valid record', () => {
    expect(messageFor(digestSchema, valid)).toBe('valid');
  });
  it('rejects a period that ends before it starts', () => {
    expect(messageFor(digestSchema, { ...valid, to: '2026-08-01' })).toMatchInlineSnapshot(`
      "f
        to: expected a day on or after from (2026-09-01), found 2026-08-01"
    `);
  });
  it('rejects a number that is not whole', () => {
    expect(messageFor(digestSchema, { ...valid, number: 2.5 })).toMatchInlineSnapshot(`
      "f
        number: expected a whole number such as 3, found 2.5"
    `);
  });
});

describe('glossary schema', () => {
  it('accepts a term with meanings in both languages', () => {
    expect(messageFor(glossarySchema, { id: 'cringe', term: 'cringe', meaning: { de: 'Fremdscham', en: 'Embarrassing' } })).toBe('valid');
  });
  it('rejects a term without meaning', () => {
    expect(messageFor(glossarySchema, { id: 'cringe', term: 'cringe' })).toMatchInlineSnapshot(`
      "f
        meaning: expected a German and an English meaning as { de: …, en: … }, found nothing (the field is required)"
    `);
  });
});
