/**
 * Whatever a mentor types into the front matter, the check neither crashes nor
 * mumbles: it ends in valid data or in messages that each name a field (or, when
 * there is no field to name, the line of the file).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { checkContent } from '../../../scripts/lib/check-content.ts';
import { schemaFields } from '../../../src/lib/schema-shape.ts';
import { KINDS, LEVELS, RINGS, entrySchema } from '../../../src/schemas/entry.ts';
import { cleanUp, NOW, project } from './harness.ts';

afterAll(cleanUp);

/** More runs on demand: FC_RUNS=5000 npx vitest run tests/unit/contribute/validator-properties.test.ts */
const RUNS = Number(process.env.FC_RUNS ?? 100);
const root = project();
const FILE = 'content/entries/zufall.mdx';
const FIELDS = schemaFields(entrySchema());

/** Plausible values for a field, so some runs produce valid entries. */
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  title: fc.string({ minLength: 0, maxLength: 100 }),
  summary: fc.string({ minLength: 15, maxLength: 310 }),
  kind: fc.constantFrom('app', 'trend', 'value', 'ap', ''),
  lang: fc.constantFrom('de', 'en', 'fr'),
  mentors: fc.array(fc.constantFrom('lena-hoffmann', 'noah-becker', 'lena', 'Noah'), { maxLength: 3 }),
  published: fc.constantFrom('2026-03-01', '2026-02-30', '01.03.2026', 20260301),
  updated: fc.constantFrom('2026-04-01', '2025-01-01', 'gestern'),
  review: fc.constantFrom('2026-09-01', 'bald'),
  tags: fc.array(fc.constantFrom('messenger', 'feedback', 'mesenger', 'x'), { maxLength: 8 }),
  goals: fc.array(fc.constantFrom('recruiting', 'sales'), { maxLength: 2 }),
  level: fc.constantFrom('starter', 'explorer', 'pro', 'expert'),
  ring: fc.constantFrom('everyday', 'rising', 'niche', 'fading', 'hot'),
  history: fc.array(fc.record({ date: fc.constantFrom('2024-01-01', '2027-01-01', 'x'), ring: fc.constantFrom('niche', 'rising', 'cold') }), { maxLength: 2 }),
  platforms: fc.array(fc.constantFrom('ios', 'web', 'windows'), { maxLength: 2 }),
  links: fc.array(fc.record({ title: fc.string(), url: fc.constantFrom('https://example.com', 'ftp://x', 'example.com') }), { maxLength: 2 }),
  sources: fc.array(fc.record({ title: fc.string(), url: fc.constantFrom('https://example.com', 'nope') }), { maxLength: 2 }),
  cover: fc.record({ src: fc.constantFrom('./sprachnachrichten.png', './fehlt.png', 'https://x/y.png'), alt: fc.constantFrom('Ein Bild', '', ' ') }, { requiredKeys: [] }),
  related: fc.array(fc.constantFrom('tiktok', 'zufall', 'tiktk'), { maxLength: 2 }),
  translationOf: fc.constantFrom('tiktok', 'tiktk', 'Zufall', 7),
  featured: fc.constantFrom(true, false, 'ja'),
  draft: fc.constantFrom(true, false, 'nein'),
};

const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.date({ noInvalidDate: true }));
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, none: T) => fc.oneof({ weight: 1, arbitrary: fc.constant(none) }, { weight: 2, arbitrary });

/** A valid entry… */
const validEntry = fc.record({
  title: fc.string({ minLength: 3, maxLength: 90 }).filter((s) => s.trim().length >= 3),
  summary: fc.string({ minLength: 20, maxLength: 300 }).filter((s) => s.trim().length >= 20),
  kind: fc.constantFrom(...KINDS),
  mentors: fc.constant(['lena-hoffmann']),
  published: fc.constant('2026-03-01'),
  tags: fc.constant(['messenger']),
  level: fc.constantFrom(...LEVELS),
  ring: fc.constantFrom(...RINGS),
});
/** …with some fields changed to plausible or arbitrary values, some removed, and some unknown ones added. */
const frontMatter = fc
  .tuple(
    validEntry,
    sometimes(fc.record(Object.fromEntries(FIELDS.map((f) => [f, fc.oneof({ weight: 4, arbitrary: plausible[f]! }, { weight: 1, arbitrary: anyValue })])), { requiredKeys: [] }), {}),
    sometimes(fc.subarray(FIELDS, { maxLength: 3 }), []),
    sometimes(fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 2 }), {}),
  )
  .map(([base, changes, dropped, extra]) => {
    const data: Record<string, unknown> = { ...extra, ...base, ...changes };
    for (const field of dropped) delete data[field];
    return data;
  });

function checkWith(text: string) {
  writeFileSync(path.join(root, FILE), text);
  return checkContent({ rootDir: root, contentDir: 'content', today: NOW });
}

describe('the validator under random front matter', { timeout: 120_000 }, () => {
  it('never crashes and ends in valid data or in messages that name a field', () => {
    let valid = 0;
    fc.assert(
      fc.property(frontMatter, (data) => {
        const result = checkWith(`---\n${stringify(data)}---\n\nText.\n`);
        const mine = result.errors.filter((p) => p.file === FILE);
        if (mine.length === 0) valid++;
        for (const p of mine) {
          expect(p.message).toMatch(/^expected /);
          expect(p.field.length > 0 || p.line !== undefined).toBe(true);
        }
        // Errors elsewhere mean the random entry broke another file's references, never the fixture itself.
        for (const p of result.errors.filter((q) => q.file !== FILE)) expect(p.message).toMatch(/zufall|title no other entry has/);
      }),
      { numRuns: RUNS },
    );
    expect(valid).toBeGreaterThan(0);
  });

  it('names a field in every message when the front matter is a mapping', () => {
    fc.assert(
      fc.property(frontMatter, (data) => {
        const mine = checkWith(`---\n${stringify(data)}---\n\nText.\n`).errors.filter((p) => p.file === FILE);
        for (const p of mine) expect(p.field).not.toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it('never crashes on any text between the front matter lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const mine = checkWith(`---\n${text}\n---\n\nText.\n`).errors.filter((p) => p.file === FILE);
        for (const p of mine) expect(p.field.length > 0 || p.line !== undefined).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
