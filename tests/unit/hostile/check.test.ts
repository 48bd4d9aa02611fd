/**
 * Every file of the hostile corpus (tests/fixtures/hostile/) is refused, naming the
 * file and the rule or field its README row gives:
 * - by `checkContent` (what `npm run check` and the build's content check run), with
 *   the one hostile file added to a copy of the fixture library;
 * - by the site's Markdown pipeline itself (the `satteriBodyRules` plugin that
 *   astro.config.mjs registers), for every case that hides something in the body.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/lib/check-content.ts';
import { BodyRuleError, SITE_FEATURES } from '../../../src/lib/body-rules.ts';
import { satteriBodyRules } from '../../../src/lib/satteri/body-rules.ts';
import type { Problem } from '../../../src/schemas/problems.ts';
import { FIXTURE_LIBRARY, HOSTILE, SUPPORT_FILES, corpusFiles, corpusTable, type HostileCase } from './corpus.ts';

/** Fixed, so the review dates of the fixtures read the same on any day. */
const TODAY = new Date('2026-12-01T00:00:00Z');
const ROOT = path.resolve(import.meta.dirname, '../../..');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project folder whose `content/` is the fixture library plus the given hostile files. */
function project(...files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'trend-hostile-'));
  made.push(root);
  cpSync(FIXTURE_LIBRARY, path.join(root, 'content'), { recursive: true });
  for (const file of [...files, ...(files.length ? SUPPORT_FILES : [])]) copyFileSync(path.join(HOSTILE, file), path.join(root, 'content/entries', file));
  return root;
}

const check = (root: string) => checkContent({ rootDir: root, contentDir: 'content', today: TODAY }).errors;
const shown = (errors: Problem[]) => errors.map((e) => `${e.file}:${e.line ?? '-'} ${e.field}: ${e.message}`).join('\n');

const cases = corpusTable();
const bodyCases = cases.filter((c) => c.expected.kind === 'body');
const frontMatterCases = cases.filter((c) => c.expected.kind !== 'body');

describe('the hostile corpus', () => {
  it('has at least 40 cases, each an .mdx file with one row in README.md', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.map((c) => c.file).sort()).toEqual(corpusFiles());
  });

  it('covers bodies and front matters', () => {
    expect(bodyCases.length).toBeGreaterThanOrEqual(30);
    expect(frontMatterCases.length).toBeGreaterThanOrEqual(10);
  });

  it('lays its cases over a fixture library that passes the check on its own', () => {
    expect(shown(check(project()))).toBe('');
  });
});

describe('npm run check refuses', () => {
  it.each(cases)('$file: $tries', ({ file, expected }: HostileCase) => {
    const errors = check(project(file));
    const own = errors.filter((e) => e.file === `content/entries/${file}`);
    // Nothing but the hostile file may be blamed: the rest of the library is valid.
    expect(errors.length, shown(errors)).toBe(own.length);
    expect(own.length, `no error names ${file}`).toBeGreaterThan(0);
    const match = own.filter((e) =>
      expected.kind === 'body' ? e.field === 'body' && e.message.startsWith(`[${expected.value}] `)
      : expected.kind === 'field' ? e.field === expected.value
      : e.field === '' && /YAML/.test(e.message) && e.message.includes(expected.value));
    expect(match.length, `expected ${expected.kind} ${expected.value}, got:\n${shown(own)}`).toBeGreaterThan(0);
    expect(match.every((e) => typeof e.line === 'number' && e.line > 0), shown(match)).toBe(true);
  });
});

describe('the Markdown pipeline refuses', () => {
  const compile = (file: string) => {
    const full = path.join(HOSTILE, file);
    return () => mdxToJs(readFileSync(full, 'utf8'), { hastPlugins: [satteriBodyRules({ cwd: ROOT })], fileURL: pathToFileURL(full), features: SITE_FEATURES });
  };

  it.each(bodyCases)('$file: $tries', ({ file, expected }: HostileCase) => {
    let error: unknown;
    try {
      compile(file)();
    } catch (e) {
      error = e;
    }
    expect(error, `${file} compiled`).toBeInstanceOf(Error);
    if (expected.value === 'mdx-syntax') {
      // The parser stops before any plugin runs (Astro names the file for such errors itself):
      // its message has the line and column of the offending `<` and the MDX parser's rule id,
      // so a crash anywhere else does not pass for a refusal.
      expect(error).not.toBeInstanceOf(BodyRuleError);
      const parsed = /^(\d+):(\d+): .+ \((mdx-[a-z-]+:[a-z-]+)\)$/.exec((error as Error).message);
      expect(parsed, (error as Error).message).not.toBeNull();
      const [, line, column] = parsed!.map(Number);
      const source = readFileSync(path.join(HOSTILE, file), 'utf8').split('\n')[line! - 1] ?? '';
      expect(source.slice(column! - 1)).toMatch(/^</);
      return;
    }
    expect(error).toBeInstanceOf(BodyRuleError);
    const ruleError = error as BodyRuleError;
    expect(ruleError.loc.file).toBe(`tests/fixtures/hostile/${file}`);
    expect(ruleError.message).toContain(`tests/fixtures/hostile/${file}:`);
    expect(ruleError.violations.map((v) => v.rule)).toContain(expected.value);
  });

  // The front-matter cases hide nothing in the body: the pipeline lets them through, so
  // their refusal above comes from the schemas, and the body cases fail for their trick.
  it.each(frontMatterCases)('lets the harmless body of $file through, rendered', ({ file }: HostileCase) => {
    const { code } = compile(file)() as { code: string };
    // The body's first words (up to the first link or markup) are in the compiled page.
    const body = readFileSync(path.join(HOSTILE, file), 'utf8').split(/^---$/m)[2] ?? '';
    const words = /^[^[<*`{]+/.exec(body.trim())?.[0].trim() ?? '';
    expect(words.length, `${file} has no plain words to look for`).toBeGreaterThan(5);
    expect(code).toContain(JSON.stringify(words).slice(1, -1));
  });
});
