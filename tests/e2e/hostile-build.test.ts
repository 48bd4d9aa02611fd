/**
 * The build refuses the whole hostile corpus (tests/fixtures/hostile/) by itself,
 * without `npm run check` run first: one real `astro build` of the fixture library
 * plus every hostile file of every door (entries, bios, digest records, paths, and the
 * glossary, tag and goal items added to their shared files) fails, its log names every
 * one of them (in a shared file, every case's line), and it writes nothing. One build
 * for all of it: builds are what CI time is spent on.
 */
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildFailed, ROOT, TMP, buildSite } from '../support/build.ts';
import { FIXTURE_LIBRARY, HOSTILE, LIST_DOORS, SUPPORT_FILES, corpusFiles, doorTable, doorTarget } from '../unit/hostile/corpus.ts';

const work = path.join(TMP, `hostile-build-${process.pid}`);
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const files = corpusFiles();
/** How the log names a file: relative to the project, as `npm run check` prints it. */
const named = (file: string) => `${path.relative(ROOT, content)}/entries/${file}`;
const inContent = (file: string) => `${path.relative(ROOT, content)}/${file}`;
const doors = doorTable();
/** The lines each case of a shared YAML file occupies once appended. */
const caseLines = new Map<string, [number, number]>();
/** Every file of the content folder that holds a door case, as the log names it. */
const doorFiles = [...new Set(doors.map((c) => inContent(doorTarget(c))))];

/** The line numbers the build log gives under a file's heading (formatProblems: the file, then "  Zeile N, field: …" in a German build). */
function linesUnder(log: string, file: string): number[] {
  const lines = log.split('\n');
  const out: number[] = [];
  let inside = false;
  for (const line of lines) {
    if (line === file) inside = true;
    else if (inside && /^\s+(?:line|Zeile) \d+,/.test(line)) out.push(Number(/(?:line|Zeile) (\d+),/.exec(line)![1]));
    else if (inside && !/^\s/.test(line)) inside = false;
  }
  return out;
}

let failure: unknown;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(FIXTURE_LIBRARY, content, { recursive: true });
  for (const file of [...files, ...SUPPORT_FILES]) copyFileSync(path.join(HOSTILE, file), path.join(content, 'entries', file));
  for (const c of doors) {
    const target = path.join(content, doorTarget(c));
    if (!LIST_DOORS.includes(c.door)) {
      copyFileSync(path.join(HOSTILE, c.file), target);
      continue;
    }
    const text = readFileSync(path.join(HOSTILE, c.file), 'utf8');
    const before = readFileSync(target, 'utf8').split('\n').length - 1;
    appendFileSync(target, text);
    caseLines.set(c.file, [before + 1, before + text.split('\n').length - 1]);
  }
  failure = await buildSite({
    outDir,
    contentDir: path.relative(ROOT, content),
    env: { SOURCE_DATE_EPOCH: '1764547200', ASTRO_CACHE_DIR: path.join(work, 'cache') },
  }).then(() => undefined, (e: unknown) => e);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build of a library holding the hostile corpus', () => {
  it('fails', () => {
    expect(failure).toBeInstanceOf(BuildFailed);
    expect((failure as BuildFailed).code).not.toBe(0);
  });

  it(`names every one of the ${files.length} hostile files in its log`, () => {
    const log = (failure as BuildFailed).log;
    const missing = files.filter((file) => !log.includes(named(file)));
    expect(missing).toEqual([]);
    expect(log).toContain(`in ${files.length + doorFiles.length} Dateien; es wurde nichts gebaut`);
  });

  it(`names every file of the ${doors.length} cases of the other doors, and in a shared YAML file every case's line`, () => {
    const log = (failure as BuildFailed).log;
    expect(doorFiles.filter((file) => !log.split('\n').includes(file))).toEqual([]);
    const unnamed = doors.filter((c) => {
      const range = caseLines.get(c.file);
      return range && !linesUnder(log, inContent(doorTarget(c))).some((line) => line >= range[0] && line <= range[1]);
    });
    expect(unnamed.map((c) => c.file)).toEqual([]);
  });

  it('blames no file of the valid fixture library', () => {
    const log = (failure as BuildFailed).log;
    for (const file of readdirSync(path.join(FIXTURE_LIBRARY, 'entries'))) expect(log).not.toContain(named(file));
    for (const file of readdirSync(path.join(FIXTURE_LIBRARY, 'mentors'))) expect(log).not.toContain(inContent(`mentors/${file}`));
  });

  it('writes nothing', () => {
    const written = existsSync(outDir) ? readdirSync(outDir, { recursive: true }) : [];
    expect(written).toEqual([]);
  });
});
