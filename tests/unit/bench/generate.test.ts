import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countWords, generateLibrary, slugify, toBareMdx, toStarlightMdx, WORDS, type Taxonomy } from '../../../scripts/bench/generate.ts';
import { readTaxonomy, validateOurs, writeOurs } from '../../../scripts/bench/write.ts';
import { ANGLES, CONTEXTS, TOPICS } from '../../../scripts/bench/prose.ts';
import { ROOT } from '../../support/build.ts';

const TODAY = new Date('2026-11-28T00:00:00Z');
const taxonomy: Taxonomy = readTaxonomy(path.join(ROOT, 'content'));
const entries = generateLibrary({ entries: 120, seed: 7, taxonomy });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-generate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the synthetic library', () => {
  it('passes the real loader, schemas and cross-collection rules, glossary and paths included', () => {
    const dir = path.join(tmp, 'content');
    writeOurs(dir, path.join(ROOT, 'content'), entries);
    expect(readdirSync(path.join(dir, 'entries'))).toHaveLength(120);
    expect(readdirSync(path.join(dir, 'paths')).length).toBeGreaterThan(0);
    expect(validateOurs(dir, tmp, TODAY)).toEqual([]);
  });

  it('is the same for the same seed and different for another', () => {
    expect(generateLibrary({ entries: 120, seed: 7, taxonomy })).toEqual(entries);
    expect(generateLibrary({ entries: 120, seed: 8, taxonomy }).map((e) => e.body)).not.toEqual(entries.map((e) => e.body));
  });

  it(`writes entries of ${WORDS.min}–${WORDS.max} words with headings, a list, links and a table`, () => {
    for (const e of entries) {
      expect(e.words).toBeGreaterThanOrEqual(WORDS.min);
      expect(e.words).toBeLessThanOrEqual(WORDS.max);
      expect(e.body).toMatch(/^## /m);
      expect(e.body).toMatch(/^- /m);
      expect(e.body).toMatch(/^1\. /m);
      expect(e.body).toMatch(/^\| --- \| --- \|$/m);
      expect(e.body).toMatch(/\]\(https:\/\//);
    }
  });

  it('spreads entries over both languages and every sample mentor, and uses only known tags and goals', () => {
    expect(new Set(entries.map((e) => e.lang))).toEqual(new Set(['de', 'en']));
    expect(new Set(entries.flatMap((e) => e.mentors))).toEqual(new Set(taxonomy.mentors));
    const goals = new Set(taxonomy.goals.map((g) => g.id));
    for (const e of entries) {
      expect(e.tags.every((t) => taxonomy.tags.includes(t))).toBe(true);
      expect(e.goals.every((g) => goals.has(g))).toBe(true);
    }
  });

  it('gives every entry its own title and slug', () => {
    expect(new Set(entries.map((e) => e.title.toLowerCase())).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.slug)).size).toBe(entries.length);
  });

  it('keeps the longest possible title within the schema\'s 90 characters', () => {
    const longest = (xs: readonly string[]) => Math.max(...xs.map((x) => x.length));
    for (const lang of ['de', 'en'] as const) {
      expect(longest(ANGLES[lang]) + 2 + longest(TOPICS.map((t) => t[lang])) + 1 + longest(CONTEXTS[lang])).toBeLessThanOrEqual(90);
    }
  });

  it('links related entries at each site\'s own route', () => {
    const e = entries.find((x) => x.body.includes('](/entries/'))!;
    expect(toBareMdx(e)).toContain('](/entries/');
    expect(toStarlightMdx(e)).not.toContain('](/entries/');
    expect(toStarlightMdx(e)).toMatch(/^---\ntitle: ".+"\ndescription: ".+"\n---\n/);
  });

  it('refuses more entries than it can title distinctly', () => {
    expect(() => generateLibrary({ entries: 10_000, seed: 1, taxonomy })).toThrowErrorMatchingInlineSnapshot(`[Error: --entries: expected at most 7920 entries (distinct titles the sentence bank can make), found 10000]`);
  });
});

describe('text helpers', () => {
  it('makes slugs from German and English titles', () => {
    expect(slugify('Was Azubis erzählen: Gehaltstransparenz im Außendienst')).toBe('was-azubis-erzaehlen-gehaltstransparenz-im-aussendienst');
    expect(slugify('In short: AI chatbots in HR')).toBe('in-short-ai-chatbots-in-hr');
  });

  it('counts words, not Markdown marks', () => {
    expect(countWords('## Was ist das?\n\n- Ein Punkt.\n1. Schritt eins\n| a | b |')).toBe(9);
  });

  it('writes our front matter as a mentor would', () => {
    const dir = path.join(tmp, 'one');
    writeOurs(dir, path.join(ROOT, 'content'), entries.slice(0, 1));
    const text = readFileSync(path.join(dir, 'entries', `${entries[0]!.slug}.mdx`), 'utf8');
    expect(text).toMatch(/^---\ntitle: ".+"\nsummary: ".+"\nkind: (app|trend|value)\nlang: (de|en)\nmentors: \[[a-z-, ]+\]\npublished: \d{4}-\d\d-\d\d\n/);
  });
});
