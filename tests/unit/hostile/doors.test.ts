/**
 * The hostile corpus of every door besides entries (tests/fixtures/hostile/<door>/,
 * table in docs/security.md): mentor bios, digest records, learning paths, glossary
 * terms, tags and goals. Each case is refused:
 * - by `checkContent` (what `npm run check` and the build's content check run), with
 *   the one case added to a copy of the fixture library, naming the file, a line and
 *   the rule or field of its row;
 * - by the site's Markdown pipeline itself (the `satteriBodyRules` plugin that
 *   astro.config.mjs registers), for every bio or digest case that hides something in its text.
 */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/lib/check-content.ts';
import { BodyRuleError, SITE_FEATURES } from '../../../src/lib/body-rules.ts';
import { splitFrontMatter } from '../../../src/lib/front-matter.ts';
import { satteriBodyRules } from '../../../src/lib/satteri/body-rules.ts';
import type { Problem } from '../../../src/schemas/problems.ts';
import { DOORS, FIXTURE_LIBRARY, HOSTILE, LIST_DOORS, doorFiles, doorTable, doorTarget, type DoorCase } from './corpus.ts';

const TODAY = new Date('2026-12-01T00:00:00Z');
const ROOT = path.resolve(import.meta.dirname, '../../..');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project whose `content/` is the fixture library plus one case; returns the root and the lines the case occupies. */
function project(c: DoorCase): { root: string; lines: [number, number] } {
  const root = mkdtempSync(path.join(tmpdir(), 'trend-door-'));
  made.push(root);
  cpSync(FIXTURE_LIBRARY, path.join(root, 'content'), { recursive: true });
  const target = path.join(root, 'content', doorTarget(c));
  const text = readFileSync(path.join(HOSTILE, c.file), 'utf8');
  if (!LIST_DOORS.includes(c.door)) {
    copyFileSync(path.join(HOSTILE, c.file), target);
    return { root, lines: [1, text.split('\n').length] };
  }
  const before = readFileSync(target, 'utf8').split('\n').length - 1;
  appendFileSync(target, text);
  return { root, lines: [before + 1, before + text.split('\n').length - 1] };
}

const check = (root: string) => checkContent({ rootDir: root, contentDir: 'content', today: TODAY }).errors;
const shown = (errors: Problem[]) => errors.map((e) => `${e.file}:${e.line ?? '-'} ${e.field}: ${e.message}`).join('\n');

const cases = doorTable();
const bodyCases = cases.filter((c) => c.expected.kind === 'body');

describe('the hostile corpus of the other doors', () => {
  it('has one row in docs/security.md for each case file, and cases for every door', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(doorFiles());
    for (const door of DOORS) expect(cases.filter((c) => c.door === door).length, door).toBeGreaterThanOrEqual(5);
  });
});

describe('npm run check refuses', () => {
  it.each(cases)('$file: $tries', (c: DoorCase) => {
    const { root, lines } = project(c);
    const errors = check(root);
    const file = `content/${doorTarget(c)}`;
    const own = errors.filter((e) => e.file === file);
    expect(errors.length, shown(errors)).toBe(own.length);
    const { kind, value } = c.expected;
    const match = own.filter((e) =>
      kind === 'body' ? e.field === 'body' && e.message.startsWith(`[${value}] `)
      : kind === 'field' ? e.field === value || e.field.endsWith(`.${value}`)
      : e.field === '' && /YAML/.test(e.message) && e.message.includes(value));
    expect(match.length, `expected ${kind} ${value} in ${file}, got:\n${shown(own)}`).toBeGreaterThan(0);
    // The line is the case's own, also when the case is one item of a shared file.
    expect(match.every((e) => typeof e.line === 'number' && e.line >= lines[0] && e.line <= lines[1]), shown(match)).toBe(true);
  });
});

describe('the Markdown pipeline refuses', () => {
  it.each(bodyCases)('$file: $tries', ({ file, expected }: DoorCase) => {
    const full = path.join(HOSTILE, file);
    const text = readFileSync(full, 'utf8');
    // As Astro's content loader compiles it: the body alone, the file's URL alongside.
    const body = splitFrontMatter(text)!.body;
    let error: unknown;
    try {
      markdownToHtml(body, { hastPlugins: [satteriBodyRules({ cwd: ROOT, contentDir: 'tests/fixtures/hostile' })], fileURL: pathToFileURL(full), features: SITE_FEATURES });
    } catch (e) {
      error = e;
    }
    expect(error, `${file} compiled`).toBeInstanceOf(BodyRuleError);
    const ruleError = error as BodyRuleError;
    expect(ruleError.message).toContain(`tests/fixtures/hostile/${file}:`);
    expect(ruleError.violations.map((v) => v.rule)).toContain(expected.value);
    // Lines are the file's, front matter included, as npm run check names them.
    const fileLines = text.split('\n').length;
    expect(ruleError.violations.every((v) => v.line > splitFrontMatter(text)!.endLine && v.line <= fileLines)).toBe(true);
  });
});
