import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_SPECS } from '../../../src/lib/editor/specs.ts';
import { glossaryHeader, readFile, readGlossary, writeFile, writeGlossary } from '../../../src/lib/editor/formats.ts';
import { SLUG_KEY, SLUG_TEMPLATE, fileSlug } from '../../../src/lib/editor/slug.ts';
import { editorConfig } from '../../../src/lib/editor/config.ts';
import { input } from './input.ts';
import { styleDifference } from '../../../src/lib/editor/style.ts';
import { main as styleMain } from '../../../scripts/style.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Files in the library's style, copied from the sample once (tests/fixtures/editor-style/):
 * nested lists of objects, quoted text with quotes and dashes, dates, the glossary's
 * header and bare spellings. The sample content itself is checked by `npm run style`.
 */
const fixture = path.resolve(import.meta.dirname, '../../fixtures/editor-style');
const files = (dir: string, ext: string) => readdirSync(path.join(fixture, dir)).filter((f) => f.endsWith(ext)).map((f) => path.join(fixture, dir, f));

describe('editor formats: a file in the library style reads and writes back unchanged', () => {
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
    const text = readFileSync(path.join(fixture, 'glossary.yaml'), 'utf8');
    expect(writeGlossary(readGlossary(text), FORMAT_SPECS.glossary.fields, glossaryHeader(text))).toBe(text);
  });
});

const foldedPath = 'title: Wege\ndescription: >-\n  Zwei Sätze,\n  gefaltet.\nlevel: starter\nentries:\n  - signal\n  - tiktok\n';

describe('a valid file in another YAML style', () => {
  it('reads to the same data and is written in the library style', () => {
    const data = readFile(foldedPath, FORMAT_SPECS.paths);
    expect(data).toEqual({ title: 'Wege', description: 'Zwei Sätze, gefaltet.', level: 'starter', entries: ['signal', 'tiktok'] });
    expect(writeFile(data, FORMAT_SPECS.paths)).toBe('title: "Wege"\ndescription: "Zwei Sätze, gefaltet."\nlevel: starter\nentries: [signal, tiktok]\n');
  });
  it('is named by the style check with its first line that would change', () => {
    expect(styleDifference(foldedPath, 'paths')).toEqual({ line: 1, found: 'title: Wege', expected: 'title: "Wege"' });
    expect(styleDifference(readFileSync(files('paths', '.yaml')[0]!, 'utf8'), 'paths')).toBeUndefined();
  });
});

describe('npm run style', () => {
  const run = async (contentDir: string) => {
    let stdout = '';
    const code = await styleMain([], { cwd: ROOT, now: new Date(0), env: { CONTENT_DIR: contentDir }, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
    return { code, stdout };
  };
  it('passes the fixture in the library style', async () => {
    expect(await run('tests/fixtures/editor-style')).toEqual({ code: 0, stdout: 'All 7 files are in the library\'s YAML style.\n' });
  });
  it('names a file in another style with the line the editor would change, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'style-'));
    try {
      cpSync(fixture, dir, { recursive: true });
      writeFileSync(path.join(dir, 'paths/erste-schritte.yaml'), foldedPath);
      const { code, stdout } = await run(dir);
      expect(code).toBe(1);
      expect(stdout).toContain(`${path.relative(ROOT, dir)}/paths/erste-schritte.yaml:1: expected the library's style "title: \\"Wege\\"", found "title: Wege"\n`);
      expect(stdout).toContain('1 of 7 files are not in the library\'s YAML style');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
