import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { entrySchema } from '../../../src/schemas/entry.ts';
import { mentorSchema } from '../../../src/schemas/mentor.ts';
import { ENTRY_FIELDS, MENTOR_FIELDS, embedReference, fieldReference, referenceDrift } from '../../../src/lib/field-reference.ts';
import { expectedGuide } from '../../../scripts/field-reference.ts';

const GUIDE = readFileSync(path.resolve(import.meta.dirname, '../../../CONTRIBUTING.md'), 'utf8');

describe('the field reference and the schemas', () => {
  it('has a row for every entry field and a field for every row', () => {
    expect(referenceDrift(entrySchema(), ENTRY_FIELDS)).toEqual({ undocumented: [], unknown: [] });
  });

  it('has a row for every mentor field and a field for every row', () => {
    expect(referenceDrift(mentorSchema, MENTOR_FIELDS)).toEqual({ undocumented: [], unknown: [] });
  });

  it('notices drift in both directions and refuses to print a reference', () => {
    const schema = z.object({ title: z.string(), mood: z.string().optional() });
    const docs = { title: { de: 'Titel', en: 'Title' }, colour: { de: 'Farbe', en: 'Colour' } };
    expect(referenceDrift(schema, docs)).toEqual({ undocumented: ['mood'], unknown: ['colour'] });
    expect(() => fieldReference(schema, docs, 'de')).toThrowErrorMatchingInlineSnapshot(
      `[Error: field reference out of date (src/lib/field-reference.ts): schema fields without a reference row: mood; reference rows without a schema field: colour]`,
    );
  });

  it('reads required, allowed values, limits and defaults from the schema', () => {
    const rows = fieldReference(entrySchema(), ENTRY_FIELDS, 'en').split('\n');
    const row = (field: string) => rows.find((r) => r.startsWith(`| \`${field}\` |`))!.split(' | ').slice(0, 3).join(' | ');
    expect(['title', 'kind', 'tags', 'published', 'cover', 'draft', 'history'].map(row)).toMatchInlineSnapshot(`
      [
        "| \`title\` | yes | text, 3–90 characters",
        "| \`kind\` | yes | \`app\`, \`trend\`, \`value\`",
        "| \`tags\` | yes | list of ids (1–6)",
        "| \`published\` | yes | date YYYY-MM-DD",
        "| \`cover\` | no | \`{ src, alt }\`",
        "| \`draft\` | no (default \`false\`) | \`true\` or \`false\`",
        "| \`history\` | no | list of \`{ date, ring, note? }\`",
      ]
    `);
  });

  it('follows a new schema field into the table', () => {
    const schema = z.object({ mood: z.enum(['happy', 'sad']).default('happy') });
    expect(fieldReference(schema, { mood: { de: 'Stimmung', en: 'Mood', example: 'sad' } }, 'de')).toMatchInlineSnapshot(`
      "| Feld | Pflicht | Werte | Bedeutung |
      | --- | --- | --- | --- |
      | \`mood\` | nein (Standard \`"happy"\`) | \`happy\`, \`sad\` | Stimmung Beispiel: \`sad\` |"
    `);
  });
});

describe('CONTRIBUTING.md', () => {
  it('embeds the reference generated from the schemas (run `node scripts/field-reference.ts` after a schema change)', () => {
    expect(GUIDE).toBe(expectedGuide(GUIDE));
  });

  it('refuses a guide that lost its markers', () => {
    expect(() => embedReference('# Guide', { 'entry:de': '|a|' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the markers <!-- field-reference:entry:de --> and <!-- field-reference:entry:de:end --> in the guide, found none]`,
    );
  });

  it('is German first, then English', () => {
    const english = GUIDE.indexOf('## Contributing (English)');
    expect(english).toBeGreaterThan(0);
    expect(GUIDE.slice(0, english)).toContain('| Feld | Pflicht | Werte | Bedeutung |');
    expect(GUIDE.slice(english)).toContain('| Field | Required | Values | Meaning |');
  });
});
