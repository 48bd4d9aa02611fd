import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_SPECS } from '../../../src/lib/editor/specs.ts';
import { glossaryHeader, readFile, readGlossary, writeFile, writeGlossary } from '../../../src/lib/editor/formats.ts';

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
