import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_SPECS } from '../../../src/lib/editor/specs.ts';
import { glossaryHeader, readFile, readGlossary, writeFile, writeGlossary } from '../../../src/lib/editor/formats.ts';
import { SLUG_KEY, SLUG_TEMPLATE, fileSlug } from '../../../src/lib/editor/slug.ts';
import { editorConfig } from '../../../src/lib/editor/config.ts';
import { input } from './input.ts';

const content = path.resolve(import.meta.dirname, '../../../content');
const files = (dir: string, ext: string) => readdirSync(path.join(content, dir)).filter((f) => f.endsWith(ext)).map((f) => path.join(content, dir, f));

describe('editor formats: every sample file reads and writes back unchanged', () => {
  it.each(files('entries', '.mdx'))('entry %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(writeFile(readFile(text, FORMAT_SPECS.entries), FORMAT_SPECS.entries)).toBe(text);
  });
  it.each(files('mentors', '.md'))('mentor %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(writeFile(readFile(text, FORMAT_SPECS.mentors), FORMAT_SPECS.mentors)).toBe(text);
  });
  it.each(files('paths', '.yaml'))('path %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(writeFile(readFile(text, FORMAT_SPECS.paths), FORMAT_SPECS.paths)).toBe(text);
  });
  it('glossary', () => {
    const text = readFileSync(path.join(content, 'glossary.yaml'), 'utf8');
    expect(writeGlossary(readGlossary(text), FORMAT_SPECS.glossary.fields, glossaryHeader(text))).toBe(text);
  });
});

describe('editor file names of new items', () => {
  it('follow the rule of npm run new (umlauts as ae/oe/ue, ß as ss), not Decap’s', () => {
    expect(fileSlug('Für Führungskräfte: Größe zählt')).toBe('fuer-fuehrungskraefte-groesse-zaehlt');
    expect(fileSlug('Jörg Müller')).toBe('joerg-mueller');
    expect(fileSlug('???')).toBeUndefined();
  });
  it('are read by every folder collection’s slug template and never written into the file', () => {
    const config = editorConfig(input());
    expect(config.collections.filter((c) => 'folder' in c).map((c) => (c as { slug: string }).slug)).toEqual([SLUG_TEMPLATE, SLUG_TEMPLATE, SLUG_TEMPLATE]);
    const data = { title: 'Für alle', [SLUG_KEY]: 'fuer-alle', body: 'Text' };
    expect(writeFile(data, FORMAT_SPECS.entries)).toBe('---\ntitle: "Für alle"\n---\n\nText\n');
    expect(writeFile({ title: 'Für alle', [SLUG_KEY]: 'fuer-alle' }, FORMAT_SPECS.paths)).toBe('title: "Für alle"\n');
  });
});
